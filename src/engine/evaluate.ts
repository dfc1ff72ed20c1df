import { errorMessage } from '../core/errors.js';
import type { Inventory } from '../inventory/inventory.js';
import type { CollectionError } from '../inventory/types.js';
import { toRef, type Resource, type ResourceRef, type ResourceType } from '../resources/index.js';
import { fingerprintOf, type Finding } from './finding.js';
import { formatMessage, type AnyRule, type Outcome, type Rule, type RuleContext } from './rule.js';

/**
 * Runs every rule on every resource of its type. A rule never sees a resource whose data failed to
 * collect: the engine reports ERROR for it instead, and one ERROR per (rule, scope) where a whole
 * listing failed, so a missing region can never read as "no resources, all good".
 */
export function evaluate(inventory: Inventory, rules: readonly AnyRule[]): Finding[] {
  const errors = indexErrors(inventory.errors);
  const ctx: RuleContext = Object.freeze({ now: inventory.collectedAt, inventory });
  const findings: Finding[] = [];
  for (const rule of rules) {
    evaluateRule(rule as Rule, inventory, ctx, errors, findings);
  }
  return findings;
}

interface ErrorIndex {
  /** Listing failures (resourceId null) by type + account + region. */
  readonly scope: Map<string, CollectionError[]>;
  /** Every failure by type + account + region. */
  readonly region: Map<string, CollectionError[]>;
  /** Every failure by type + account. */
  readonly account: Map<string, CollectionError[]>;
  /** Hydration failures by resource id. */
  readonly resource: Map<string, CollectionError[]>;
}

function indexErrors(errors: readonly CollectionError[]): ErrorIndex {
  const index: ErrorIndex = { scope: new Map(), region: new Map(), account: new Map(), resource: new Map() };
  for (const error of errors) {
    for (const type of error.resourceTypes) {
      add(index.region, regionKey(type, error.account, error.region), error);
      add(index.account, accountKey(type, error.account), error);
      if (error.resourceId === null) add(index.scope, regionKey(type, error.account, error.region), error);
    }
    if (error.resourceId !== null) add(index.resource, error.resourceId, error);
  }
  return index;
}

function evaluateRule(rule: Rule, inventory: Inventory, ctx: RuleContext, errors: ErrorIndex, out: Finding[]): void {
  const requirements = Object.entries(rule.requires ?? {}) as [ResourceType, 'account' | 'region'][];
  const resources = inventory.list(rule.resourceType);
  const refs = refsOf(resources);
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i] as Resource;
    const ref = refs[i] as ResourceRef;
    const blocking = blockingErrors(rule, resource, requirements, errors);
    if (blocking.length > 0) {
      out.push(errorFinding(rule, ref, blocking));
      continue;
    }
    let outcomes: Outcome | readonly Outcome[];
    try {
      outcomes = rule.evaluate(resource, ctx);
    } catch (error) {
      out.push(makeFinding(rule, ref, 'ERROR', `Rule ${rule.id} failed on ${resource.name}: ${errorMessage(error)}.`, { error: errorMessage(error) }, null));
      continue;
    }
    if (Array.isArray(outcomes)) {
      for (const outcome of outcomes as readonly Outcome[]) out.push(outcomeFinding(rule, resource, ref, outcome));
    } else {
      out.push(outcomeFinding(rule, resource, ref, outcomes as Outcome));
    }
  }
  // Whole listings that failed: the rule cannot know what it did not see.
  const seen = new Set<string>();
  for (const [key, scopeErrors] of errors.scope) {
    if (!key.startsWith(`${rule.resourceType}\u0000`)) continue;
    const first = scopeErrors[0];
    if (!first || seen.has(key)) continue;
    seen.add(key);
    out.push(errorFinding(rule, scopeRef(rule.resourceType, first), scopeErrors));
  }
}

const NONE: readonly CollectionError[] = Object.freeze([]);

function blockingErrors(
  rule: Rule,
  resource: Resource,
  requirements: readonly [ResourceType, 'account' | 'region'][],
  errors: ErrorIndex,
): readonly CollectionError[] {
  if (errors.resource.size === 0 && (requirements.length === 0 || errors.account.size === 0)) return NONE;
  const found: CollectionError[] = [];
  for (const error of errors.resource.get(resource.id) ?? []) {
    if (!error.resourceTypes.includes(rule.resourceType)) continue;
    if (error.properties !== null && rule.reads !== undefined && !error.properties.some((p) => (rule.reads as readonly string[]).includes(p))) continue;
    found.push(error);
  }
  for (const [type, scope] of requirements) {
    const list =
      scope === 'region' ? errors.region.get(regionKey(type, resource.account, resource.region)) : errors.account.get(accountKey(type, resource.account));
    if (list) found.push(...list);
  }
  return found;
}

function outcomeFinding(rule: Rule, resource: Resource, ref: ResourceRef, outcome: Outcome): Finding {
  const template = rule.messages[outcome.messageId];
  if (template === undefined) {
    return makeFinding(rule, ref, 'ERROR', `Rule ${rule.id} returned an unknown message id '${outcome.messageId}'.`, {}, outcome.findingKey ?? null);
  }
  const message = formatMessage(template, outcome.data, resource.name);
  return {
    ruleId: rule.id,
    status: outcome.status,
    severity: outcome.severity ?? rule.severity,
    resource: ref,
    message,
    evidence: outcome.evidence,
    findingKey: outcome.findingKey ?? null,
    fingerprint: fingerprintOf(rule.id, resource.id, outcome.findingKey ?? null),
    muted: null,
  };
}

function errorFinding(rule: Rule, resource: ResourceRef, errors: readonly CollectionError[]): Finding {
  const unique = [...new Map(errors.map((e) => [`${e.action}\u0000${e.code}\u0000${e.region}`, e])).values()];
  const what = unique.map((e) => `${e.action} failed with ${e.code}${e.region === 'global' ? '' : ` in ${e.region}`}`).join('; ');
  return makeFinding(
    rule,
    resource,
    'ERROR',
    `Could not assess ${resource.name}: ${what}.`,
    {
      collectionErrors: unique.map((e) => ({ action: e.action, code: e.code, region: e.region, message: e.message })),
    },
    null,
  );
}

function makeFinding(
  rule: Rule,
  resource: ResourceRef,
  status: Finding['status'],
  message: string,
  evidence: Record<string, unknown>,
  findingKey: string | null,
): Finding {
  return {
    ruleId: rule.id,
    status,
    severity: rule.severity,
    resource,
    message,
    evidence,
    findingKey,
    fingerprint: fingerprintOf(rule.id, resource.id, findingKey),
    muted: null,
  };
}

/** One ResourceRef per resource, shared by all its findings (hundreds of thousands at scale). */
const refs = new WeakMap<Resource, ResourceRef>();

function refOf(resource: Resource): ResourceRef {
  let ref = refs.get(resource);
  if (!ref) {
    ref = Object.freeze(toRef(resource));
    refs.set(resource, ref);
  }
  return ref;
}

/** The refs of a resource list, index for index; computed once per list (every rule of a type shares it). */
const refLists = new WeakMap<readonly Resource[], readonly ResourceRef[]>();

function refsOf(resources: readonly Resource[]): readonly ResourceRef[] {
  let refs = refLists.get(resources);
  if (!refs) {
    refs = resources.map(refOf);
    refLists.set(resources, refs);
  }
  return refs;
}

/** The pseudo-resource standing for "every <type> in <account>/<region>" when their listing failed. */
function scopeRef(type: ResourceType, error: CollectionError): ResourceRef {
  return {
    id: `${error.provider}:${error.account}:${error.region}:${type}`,
    type,
    name: `all ${type} in ${error.account}/${error.region}`,
    provider: error.provider,
    account: error.account,
    region: error.region,
  };
}

function regionKey(type: string, account: string, region: string): string {
  return `${type}\u0000${account}\u0000${region}`;
}

function accountKey(type: string, account: string): string {
  return `${type}\u0000${account}`;
}

function add(map: Map<string, CollectionError[]>, key: string, error: CollectionError): void {
  const list = map.get(key);
  if (list) list.push(error);
  else map.set(key, [error]);
}
