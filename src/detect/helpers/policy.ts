import { isRecord } from '../event.js';

/** A principal a resource or trust policy lets in from outside the account. */
export interface ExternalGrant {
  /** '*' (anyone), an account id, or a federated/service principal string. */
  readonly principal: string;
  /** True when a condition pins the caller (aws:SourceAccount, sts:ExternalId, aws:PrincipalOrgID, ...). */
  readonly conditioned: boolean;
}

/** Parses a policy that CloudTrail logs as JSON text (sometimes URL-encoded) or as an object. */
export function parsePolicy(value: unknown): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return null;
  for (const text of [value, safeDecode(value)]) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (isRecord(parsed)) return parsed;
    } catch {
      // try the next spelling
    }
  }
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const PINNING_CONDITIONS =
  /^(aws:SourceAccount|aws:SourceArn|aws:SourceOwner|aws:PrincipalOrgID|aws:PrincipalOrgPaths|aws:PrincipalAccount|aws:PrincipalArn|aws:SourceVpc|aws:SourceVpce|sts:ExternalId|aws:userid)$/i;

/**
 * The Allow statements' principals that are outside `ownAccount`: '*' (everyone) or other accounts'
 * ARNs and ids. AWS service principals and same-account principals are not external.
 */
export function externalGrants(policy: Record<string, unknown> | null, ownAccount: string | null): ExternalGrant[] {
  if (!policy) return [];
  const statements = Array.isArray(policy['Statement']) ? policy['Statement'] : [policy['Statement']];
  const grants: ExternalGrant[] = [];
  for (const s of statements) {
    if (!isRecord(s) || s['Effect'] !== 'Allow') continue;
    const conditioned =
      isRecord(s['Condition']) &&
      Object.values(s['Condition']).some((entries) => isRecord(entries) && Object.keys(entries).some((k) => PINNING_CONDITIONS.test(k)));
    for (const p of principalStrings(s['Principal'])) {
      if (p.kind === 'Service') continue;
      if (p.value === '*') grants.push({ principal: '*', conditioned });
      else if (p.kind === 'AWS') {
        const account = /^\d{12}$/.test(p.value) ? p.value : (/^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(p.value)?.[1] ?? null);
        if (account !== null && account !== ownAccount) grants.push({ principal: p.value, conditioned });
      } else if (p.kind === 'Federated' && !/amazonaws\.com$/.test(p.value)) {
        const account = /^arn:aws[\w-]*:iam::(\d{12}):/.exec(p.value)?.[1] ?? null;
        if (account !== ownAccount) grants.push({ principal: p.value, conditioned });
      }
    }
  }
  return grants;
}

function principalStrings(principal: unknown): { kind: string; value: string }[] {
  if (principal === '*') return [{ kind: 'AWS', value: '*' }];
  if (!isRecord(principal)) return [];
  const out: { kind: string; value: string }[] = [];
  for (const [kind, values] of Object.entries(principal)) {
    for (const v of Array.isArray(values) ? values : [values]) if (typeof v === 'string') out.push({ kind, value: v });
  }
  return out;
}

/** True when a policy document allows every action on every resource. */
export function grantsFullAccess(policy: Record<string, unknown> | null): boolean {
  if (!policy) return false;
  const statements = Array.isArray(policy['Statement']) ? policy['Statement'] : [policy['Statement']];
  return statements.some((s) => {
    if (!isRecord(s) || s['Effect'] !== 'Allow') return false;
    const actions = Array.isArray(s['Action']) ? s['Action'] : [s['Action']];
    const resources = Array.isArray(s['Resource']) ? s['Resource'] : [s['Resource']];
    return actions.some((a) => a === '*' || a === '*:*' || a === 'iam:*') && resources.includes('*');
  });
}
