import { UsageError } from '../core/errors.js';
import { globMatcher } from '../core/glob.js';
import type { Provider } from '../core/types.js';
import type { AnyRule } from './rule.js';

/** The set of rules a run knows, by id. Built from the static list in rules/index.ts. */
export class RuleRegistry {
  readonly #byId: ReadonlyMap<string, AnyRule>;

  constructor(rules: readonly AnyRule[]) {
    const byId = new Map<string, AnyRule>();
    for (const rule of rules) {
      if (byId.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      byId.set(rule.id, rule);
    }
    this.#byId = byId;
  }

  all(): readonly AnyRule[] {
    return [...this.#byId.values()];
  }

  get(id: string): AnyRule | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /**
   * The rules selected by `--checks` patterns (ids or globs) for the given providers. A pattern that
   * matches no rule is a usage error: a typo must not silently run nothing.
   */
  select(options: { checks?: readonly string[] | null; providers?: readonly Provider[] | null } = {}): AnyRule[] {
    let selected = this.all().filter((r) => !options.providers || options.providers.includes(r.provider));
    if (options.checks && options.checks.length > 0) {
      for (const pattern of options.checks) {
        const match = globMatcher([pattern]);
        if (!this.all().some((r) => match(r.id))) throw new UsageError(`--checks: no rule matches '${pattern}' (see 'cspm rules list')`);
      }
      const match = globMatcher(options.checks);
      selected = selected.filter((r) => match(r.id));
    }
    return selected.sort((a, b) => a.id.localeCompare(b.id));
  }
}
