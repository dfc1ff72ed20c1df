import type { PolicyDocument, PolicyPrincipal, PolicyStatement } from '../../resources/aws/index.js';
import type { Outcome } from '../rule.js';

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
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalServiceName',
    's3:DataAccessPointAccount',
    's3:DataAccessPointArn',
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

/**
 * True when a condition pins the caller to known accounts, organisations, networks or services.
 * Negated and "IfExists" operators do not (a request without the key passes), and neither does a
 * wildcard value such as `"aws:SourceAccount": "*"`.
 */
export function hasRestrictingCondition(statement: PolicyStatement): boolean {
  if (!statement.Condition) return false;
  for (const [operator, entries] of Object.entries(statement.Condition)) {
    if (/Not(Equals|Like|IpAddress)/i.test(operator) || /IfExists$/i.test(operator) || /^Null$/i.test(operator)) continue;
    for (const [key, value] of Object.entries(entries)) {
      if (!RESTRICTING_CONDITION_KEYS.has(key.toLowerCase())) continue;
      const values = asArray(value as string | readonly string[]).map(String);
      if (values.length > 0 && !values.some((v) => /^\*+$/.test(v.trim()))) return true;
    }
  }
  return false;
}

/** Allow statements that grant access to everyone without a restricting condition. */
export function publicStatements(policy: PolicyDocument | null): PolicyStatement[] {
  if (!policy) return [];
  return policy.Statement.filter((s) => s.Effect === 'Allow' && principalIsEveryone(s.Principal) && !hasRestrictingCondition(s));
}

/** IAM wildcard matching: `*` any run of characters, `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

/** True when the statement's Action (or NotAction) applies to `action` (e.g. 's3:GetObject'). */
export function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.NotAction !== undefined) return !asArray(statement.NotAction).some((p) => wildcardMatch(p, action, true));
  return asArray(statement.Action).some((p) => wildcardMatch(p, action, true));
}

/** True when the statement's Resource (or NotResource) applies to the ARN `resource`. */
export function coversResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.NotResource !== undefined) return !asArray(statement.NotResource).some((p) => wildcardMatch(p, resource));
  return asArray(statement.Resource).some((p) => wildcardMatch(p, resource));
}

/**
 * The statements that grant full administrative privileges ("*:*"): Allow, Action `*` (not
 * NotAction, which leaves something out), Resource `*`. A condition does not make them less
 * administrative (it limits when, not what); an unconditional Deny on every resource in the same
 * policy does, because the policy then no longer grants everything.
 */
export function fullAdminStatements(policy: PolicyDocument | null): PolicyStatement[] {
  if (!policy) return [];
  const takesBack = policy.Statement.some(
    (s) => s.Effect === 'Deny' && s.Condition === undefined && s.NotResource === undefined && asArray(s.Resource).includes('*'),
  );
  if (takesBack) return [];
  return policy.Statement.filter(
    (s) =>
      s.Effect === 'Allow' &&
      s.NotAction === undefined &&
      s.NotResource === undefined &&
      asArray(s.Action).some((a) => a === '*' || a === '*:*') &&
      asArray(s.Resource).includes('*'),
  );
}

/**
 * True when the policy denies every principal any S3 request over plain HTTP to the bucket and
 * its objects: Deny, Principal `*`, an action set covering s3:GetObject and s3:PutObject, and the
 * condition `"Bool" (or "BoolIfExists"): {"aws:SecureTransport": "false"}`. The bucket and the
 * objects may be covered by different statements.
 */
export function deniesInsecureTransport(policy: PolicyDocument | null, bucketArn: string): boolean {
  if (!policy) return false;
  const denying = policy.Statement.filter(
    (s) =>
      s.Effect === 'Deny' &&
      principalIsEveryone(s.Principal) &&
      coversAction(s, 's3:GetObject') &&
      coversAction(s, 's3:PutObject') &&
      conditionRequiresInsecureTransport(s),
  );
  const objectArn = `${bucketArn}/any-object-key`;
  return denying.some((s) => coversResource(s, bucketArn)) && denying.some((s) => coversResource(s, objectArn));
}

function conditionRequiresInsecureTransport(statement: PolicyStatement): boolean {
  const condition = statement.Condition;
  if (!condition) return false;
  const entries = Object.entries(condition);
  // Other condition blocks would narrow the deny to some HTTP requests only.
  if (entries.length !== 1) return false;
  const [operator, keys] = entries[0] as [string, Record<string, unknown>];
  if (!/^Bool(IfExists)?$/i.test(operator)) return false;
  const pairs = Object.entries(keys);
  return (
    pairs.length === 1 &&
    pairs[0]?.[0].toLowerCase() === 'aws:securetransport' &&
    asArray(pairs[0][1] as string)
      .map(String)
      .includes('false')
  );
}

export type ResourcePolicyMessageId = 'noPolicy' | 'restricted' | 'public';

/**
 * The verdict on a resource policy (bucket, topic, queue, key, function, secret): FAIL when a
 * statement allows everyone ("Principal": "*") without a condition that pins the caller down.
 * `publicOverride` is AWS's own evaluation where the service offers one (S3 GetBucketPolicyStatus).
 */
export function resourcePolicyOutcome(policy: PolicyDocument | null, publicOverride: boolean | null = null): Outcome<ResourcePolicyMessageId> {
  if (policy === null) return { status: 'PASS', messageId: 'noPolicy', evidence: { policy: null } };
  const open = publicStatements(policy);
  const isPublic = publicOverride ?? open.length > 0;
  if (!isPublic) return { status: 'PASS', messageId: 'restricted', evidence: { statements: policy.Statement.length, publicStatements: [] } };
  const actions = [...new Set(open.flatMap((s) => (s.NotAction !== undefined ? asArray(s.NotAction).map((a) => `all but ${a}`) : asArray(s.Action))))];
  return {
    status: 'FAIL',
    messageId: 'public',
    data: { actions: actions.join(', ') || 'access' },
    evidence: { publicStatements: open, ...(publicOverride === null ? {} : { awsEvaluatedPublic: publicOverride }) },
  };
}
