import type { CloudEvent, JsonRecord, Principal } from '../event.js';
import { isRecord, parseTime, pick, str } from '../event.js';

/** True for a CloudTrail record (a log file entry or a LookupEvents CloudTrailEvent). */
export function isCloudTrailRecord(record: JsonRecord): boolean {
  // Some exporters drop eventSource; a named event with an identity or account is still CloudTrail.
  return (
    typeof record['eventName'] === 'string' &&
    (typeof record['eventSource'] === 'string' || isRecord(record['userIdentity']) || typeof record['recipientAccountId'] === 'string')
  );
}

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/i;
/** When a record does not say (LookupEvents, older formats), read-only calls are known by their verb. */
const READ_ONLY = /^(Get|List|Describe|Head|Lookup|Search|Batch(Get|Describe)|Check|Select|Scan|Query)/;

/** Maps one CloudTrail record to the common event model; null when it has no usable time. */
export function fromCloudTrail(r: JsonRecord): CloudEvent | null {
  const time = parseTime(r['eventTime']);
  if (Number.isNaN(time)) return null;
  const eventSource = str(r['eventSource']) ?? '';
  const eventName = str(r['eventName']);
  const principal = awsPrincipal(r);
  const resources = r['resources'];
  const firstResource = Array.isArray(resources) ? str(pick(resources[0], 'ARN')) : null;
  const readOnly = r['readOnly'];
  const request = r['requestParameters'];
  const response = r['responseElements'];
  const additional = r['additionalEventData'];
  return {
    provider: 'aws',
    id: str(r['eventID']) ?? str(r['requestID']) ?? `${eventSource}:${eventName}:${time}:${principal.key}`,
    time,
    account: str(r['recipientAccountId']) ?? principal.accountId,
    region: str(r['awsRegion']),
    service: eventSource.endsWith('.amazonaws.com') ? eventSource.slice(0, -'.amazonaws.com'.length) : eventSource,
    action: eventName ?? '',
    principal,
    sourceIp: str(r['sourceIPAddress']),
    userAgent: str(r['userAgent']),
    readOnly: typeof readOnly === 'boolean' ? readOnly : readOnly === 'true' ? true : readOnly === 'false' ? false : READ_ONLY.test(eventName ?? ''),
    // Sign-in events report failure in the response ({"ConsoleLogin": "Failure"}), not as an error.
    errorCode: str(r['errorCode']) ?? (isRecord(response) && response[eventName ?? ''] === 'Failure' ? 'Failure' : null),
    errorMessage: str(r['errorMessage']),
    request: isRecord(request) ? request : null,
    response: isRecord(response) ? response : null,
    additional: isRecord(additional) ? additional : null,
    resource: firstResource,
    vpcEndpointId: str(r['vpcEndpointId']),
  };
}

/**
 * Principals repeat: parse each identity once. The cache is keyed by the identity's ARN and access
 * key and holds, for each, the values the parse read (compared one by one, so identities that
 * differ in any of them never share a principal). Bounded.
 */
const principals = new Map<unknown, Map<unknown, CachedPrincipal[]>>();
let cachedPrincipals = 0;
const MAX_CACHED_PRINCIPALS = 20_000;
const NO_IDENTITY: JsonRecord = Object.freeze({});

interface CachedPrincipal {
  readonly reads: readonly unknown[];
  readonly principal: Principal;
}

export function awsPrincipal(r: JsonRecord): Principal {
  const userIdentity = r['userIdentity'];
  const identity = isRecord(userIdentity) ? userIdentity : NO_IDENTITY;
  const reads = principalReads(r, identity);
  const arn = reads[1];
  const accessKeyId = reads[2];
  const candidates = principals.get(arn)?.get(accessKeyId);
  if (candidates !== undefined) for (const c of candidates) if (sameReads(c.reads, reads)) return c.principal;
  const parsed = parsePrincipal(r, identity);
  if (cachedPrincipals >= MAX_CACHED_PRINCIPALS) {
    principals.clear();
    cachedPrincipals = 0;
  }
  let byKey = principals.get(arn);
  if (byKey === undefined) principals.set(arn, (byKey = new Map<unknown, CachedPrincipal[]>()));
  const entry = { reads, principal: parsed };
  const list = byKey.get(accessKeyId);
  if (list === undefined) byKey.set(accessKeyId, [entry]);
  else list.push(entry);
  cachedPrincipals++;
  return parsed;
}

/** Every value parsePrincipal reads (keep the two in step). */
function principalReads(r: JsonRecord, identity: JsonRecord): unknown[] {
  const context = identity['sessionContext'];
  const ctx = isRecord(context) ? context : NO_IDENTITY;
  const issuer = ctx['sessionIssuer'];
  const additional = r['additionalEventData'];
  return [
    identity['type'],
    identity['arn'],
    identity['accessKeyId'],
    identity['invokedBy'],
    identity['accountId'],
    identity['principalId'],
    identity['userName'],
    r['recipientAccountId'],
    pick(issuer, 'arn'),
    pick(issuer, 'userName'),
    pick(ctx['attributes'], 'mfaAuthenticated'),
    ctx['ec2RoleDelivery'] !== undefined,
    pick(additional, 'MFAUsed'),
    pick(identity['onBehalfOf'], 'userId'),
  ];
}

function sameReads(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function parsePrincipal(r: JsonRecord, identity: JsonRecord): Principal {
  const type = str(identity['type']) ?? 'Unknown';
  const arn = str(identity['arn']);
  const accountId = str(identity['accountId']) ?? str(r['recipientAccountId']);
  const accessKeyId = str(identity['accessKeyId']);
  const invokedBy = str(identity['invokedBy']);
  const mfaAttr = str(pick(identity, 'sessionContext', 'attributes', 'mfaAuthenticated'));
  const mfaUsed = str(pick(r, 'additionalEventData', 'MFAUsed'));
  const mfa = mfaUsed !== null ? mfaUsed === 'Yes' : mfaAttr !== null ? mfaAttr === 'true' : null;
  const base = { accountId, accessKeyId, mfa, invokedBy, session: null, instanceId: null };

  switch (type) {
    case 'Root':
      return { ...base, key: `arn:aws:iam::${accountId ?? 'unknown'}:root`, type: 'root', display: `root (account ${accountId ?? 'unknown'})` };
    case 'IAMUser': {
      const name = str(identity['userName']) ?? arn?.split('/').pop() ?? 'unknown';
      return { ...base, key: arn ?? `arn:aws:iam::${accountId ?? 'unknown'}:user/${name}`, type: 'iam-user', display: `user/${name}` };
    }
    case 'AssumedRole': {
      const issuerArn = str(pick(identity, 'sessionContext', 'sessionIssuer', 'arn'));
      const match = /^arn:aws[\w-]*:sts::(\d*):assumed-role\/([^/]+)\/(.+)$/.exec(arn ?? '');
      const roleName = str(pick(identity, 'sessionContext', 'sessionIssuer', 'userName')) ?? match?.[2] ?? 'unknown';
      const session = match?.[3] ?? str(identity['principalId'])?.split(':')[1] ?? null;
      const roleArn = issuerArn ?? `arn:aws:iam::${accountId ?? 'unknown'}:role/${roleName}`;
      const ec2Delivery = pick(identity, 'sessionContext', 'ec2RoleDelivery') !== undefined;
      const instanceId = session !== null && INSTANCE_ID.test(session) ? session : ec2Delivery ? session : null;
      // IAM Identity Center sessions are people: each keeps its own baseline.
      const sso = /AWSReservedSSO_/.test(roleName);
      return {
        ...base,
        key: sso && session ? `${roleArn}/${session}` : roleArn,
        type: sso ? 'identity-center-user' : 'assumed-role',
        display: session ? `role/${roleName} (session ${session})` : `role/${roleName}`,
        session,
        instanceId,
      };
    }
    case 'FederatedUser': {
      const name = arn?.split('/').pop() ?? str(identity['principalId']) ?? 'unknown';
      return { ...base, key: arn ?? `federated-user/${name}`, type: 'federated-user', display: `federated-user/${name}` };
    }
    case 'AWSService':
      return { ...base, key: `service:${invokedBy ?? 'unknown'}`, type: 'aws-service', display: `AWS service ${invokedBy ?? 'unknown'}` };
    case 'AWSAccount': {
      const id = str(identity['accountId']) ?? str(identity['principalId']) ?? 'unknown';
      return { ...base, key: `account:${id}`, type: 'aws-account', display: `account ${id}` };
    }
    case 'IdentityCenterUser': {
      const name = str(pick(identity, 'onBehalfOf', 'userId')) ?? str(identity['principalId']) ?? 'unknown';
      return { ...base, key: `identity-center:${name}`, type: 'identity-center-user', display: `identity-center user ${name}` };
    }
    default: {
      const id = arn ?? str(identity['principalId']) ?? str(identity['userName']) ?? 'unknown';
      return { ...base, key: `${type}:${id}`, type: 'unknown', display: id };
    }
  }
}
