import type { PolicyDocument, PolicyPrincipal, PolicyStatement } from '../../resources/aws/index.js';

/** Normalises the string-or-array fields of a policy statement. */
export function asArray<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** True when the principal includes everyone ('*' or {"AWS": "*"}; CanonicalUser/Service wildcards too). */
export function principalIsEveryone(principal: PolicyPrincipal | undefined): boolean {
  if (principal === undefined) return false;
  if (principal === '*') return true;
  return Object.values(principal).some((value) => asArray(value).includes('*'));
}

/**
 * Condition keys that pin a wildcard principal to known callers: a statement restricted by any of
 * them is not public (the same set AWS's own policy-status evaluation honours).
 */
const RESTRICTING_CONDITION_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceIp',
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:userid',
    'aws:username',
    'aws:ResourceOrgID',
    'aws:ResourceAccount',
    's3:DataAccessPointAccount',
    's3:DataAccessPointArn',
  ].map((k) => k.toLowerCase()),
);

export function hasRestrictingCondition(statement: PolicyStatement): boolean {
  if (!statement.Condition) return false;
  for (const [operator, entries] of Object.entries(statement.Condition)) {
    // Negated and "IfExists" operators do not pin the caller down.
    if (/^(Not|ForAnyValue:Not|ForAllValues:Not)/i.test(operator) || /IfExists$/i.test(operator)) continue;
    for (const key of Object.keys(entries)) {
      if (RESTRICTING_CONDITION_KEYS.has(key.toLowerCase())) return true;
    }
  }
  return false;
}

/** Allow statements that grant access to everyone without a restricting condition. */
export function publicStatements(policy: PolicyDocument | null): PolicyStatement[] {
  if (!policy) return [];
  return policy.Statement.filter((s) => s.Effect === 'Allow' && principalIsEveryone(s.Principal) && !hasRestrictingCondition(s));
}
