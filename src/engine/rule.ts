import type { Provider, Severity } from '../core/types.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Resource, ResourceType, ResourceTypes } from '../resources/index.js';

/** What a rule decides for one resource. ERROR is never returned by a rule: the engine produces it. */
export type OutcomeStatus = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';

export type MessageData = Readonly<Record<string, string | number>>;

export interface Outcome<M extends string = string> {
  readonly status: OutcomeStatus;
  readonly messageId: M;
  readonly data?: MessageData;
  /** The observed values that decided the outcome. */
  readonly evidence: Readonly<Record<string, unknown>>;
  /** Distinguishes several findings of one rule on one resource, e.g. 'tcp/22/0.0.0.0/0'. */
  readonly findingKey?: string;
  /** Overrides the rule's severity for this finding (e.g. admin ports rate higher than others). */
  readonly severity?: Severity;
}

export interface RuleContext {
  /** The instant the inventory was collected: the only clock a rule may read. */
  readonly now: Date;
  /** Cross-resource reads; the types read must be declared in `requires`. */
  readonly inventory: Inventory;
}

export interface Remediation {
  /** One or two sentences: what to change. */
  readonly summary: string;
  /** A CLI command (AWS CLI / az) with placeholders in <angle brackets>. */
  readonly cli?: string;
  /** Console steps, one per item. */
  readonly console?: readonly string[];
  readonly terraform?: string;
}

/**
 * Where a cross-resource read looks: in the same account (any region), or in the resource's own
 * region. A failed collection of a required type in that scope turns the rule's results into ERROR.
 */
export type RequirementScope = 'account' | 'region';

export interface RuleMeta<T extends ResourceType = ResourceType> {
  /** `<provider>-<service>-<resource>-<desired-state>`, equal to the file name. */
  readonly id: string;
  readonly provider: Provider;
  readonly service: string;
  readonly resourceType: T;
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly rationale: string;
  readonly remediation: Remediation;
  readonly references: readonly string[];
  /** Other resource types the rule reads through ctx.inventory. */
  readonly requires?: { readonly [K in ResourceType]?: RequirementScope };
  /**
   * The properties of `resourceType` the rule reads. When a collection error names only some
   * properties of a resource, rules that do not read them still evaluate. Omit to be conservative.
   */
  readonly reads?: readonly (keyof ResourceTypes[T] & string)[];
}

export interface Rule<T extends ResourceType = ResourceType, M extends string = string> extends RuleMeta<T> {
  readonly messages: Readonly<Record<M, string>>;
  evaluate(resource: Resource<T>, ctx: RuleContext): Outcome<M> | readonly Outcome<M>[];
}

/** A rule of any resource type, as the registry and engine hold them. */
export type AnyRule = { [K in ResourceType]: Rule<K> }[ResourceType];

const ID_PATTERN = /^(aws|azure)-[a-z0-9]+(-[a-z0-9]+)+$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Declares a rule: checks the metadata once and freezes the object, so a typo in a rule is a
 * load-time error, not a silent gap in a scan.
 */
export function defineRule<T extends ResourceType, M extends string>(rule: Rule<T, M>): Rule<T, M> {
  const problems = validateRuleMeta(rule);
  if (problems.length > 0) throw new Error(`rule ${rule.id}: ${problems.join('; ')}`);
  return Object.freeze(rule);
}

export function validateRuleMeta(rule: Omit<RuleMeta, 'reads' | 'requires'> & { readonly messages: Readonly<Record<string, string>> }): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(rule.id)) problems.push('id must be kebab-case <provider>-<service>-...');
  if (!rule.id.startsWith(`${rule.provider}-${rule.service}-`)) problems.push(`id must start with '${rule.provider}-${rule.service}-'`);
  if (!rule.resourceType.startsWith(`${rule.provider}.`)) problems.push('resourceType must belong to the provider');
  for (const field of ['title', 'description', 'rationale'] as const) {
    if (rule[field].trim().length === 0) problems.push(`${field} is empty`);
  }
  if (rule.remediation.summary.trim().length === 0) problems.push('remediation.summary is empty');
  if (rule.remediation.cli !== undefined && /^https?:\/\//.test(rule.remediation.cli)) problems.push('remediation.cli must be a command, not a URL');
  if (Object.keys(rule.messages).length === 0) problems.push('no messages');
  for (const [id, text] of Object.entries<string>(rule.messages)) {
    if (!text.trim().endsWith('.')) problems.push(`message '${id}' must be one sentence ending with a period`);
  }
  for (const ref of rule.references) {
    if (!/^https:\/\//.test(ref)) problems.push(`reference '${ref}' must be an https URL`);
  }
  return problems;
}

/** A template split once: literal text at even indexes; at odd indexes [placeholder name, original text]. */
type CompiledTemplate = readonly (string | readonly [string, string])[];
const compiledTemplates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string): CompiledTemplate {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    const built: (string | readonly [string, string])[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      built.push(template.slice(last, match.index), [match[1] ?? '', match[0]]);
      last = match.index + match[0].length;
    }
    built.push(template.slice(last));
    parts = built;
    compiledTemplates.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{{name}}` placeholders; an unknown placeholder is kept visible rather than dropped.
 * `name` fills `{{name}}` when `data` does not (the engine passes the resource name).
 */
export function formatMessage(template: string, data: MessageData | undefined, name?: string): string {
  const parts = compileTemplate(template);
  if (parts.length === 1) return template;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else {
      const value = data?.[part[0]] ?? (part[0] === 'name' ? name : undefined);
      out += value === undefined ? part[1] : String(value);
    }
  }
  return out;
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
