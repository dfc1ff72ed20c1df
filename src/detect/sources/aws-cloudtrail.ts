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
  const principal = awsPrincipal(r);
  const resources = r['resources'];
  const firstResource = Array.isArray(resources) ? str(pick(resources[0], 'ARN')) : null;
  const readOnly = r['readOnly'];
  return {
    provider: 'aws',
    id: str(r['eventID']) ?? str(r['requestID']) ?? `${eventSource}:${str(r['eventName'])}:${time}:${principal.key}`,
    time,
    account: str(r['recipientAccountId']) ?? principal.accountId,
    region: str(r['awsRegion']),
    service: eventSource.replace(/\.amazonaws\.com$/, ''),
    action: str(r['eventName']) ?? '',
    principal,
    sourceIp: str(r['sourceIPAddress']),
    userAgent: str(r['userAgent']),
    readOnly: typeof readOnly === 'boolean' ? readOnly : readOnly === 'true' ? true : readOnly === 'false' ? false : READ_ONLY.test(str(r['eventName']) ?? ''),
    // Sign-in events report failure in the response ({"ConsoleLogin": "Failure"}), not as an error.
    errorCode: str(r['errorCode']) ?? (str(pick(r, 'responseElements', str(r['eventName']) ?? '')) === 'Failure' ? 'Failure' : null),
    errorMessage: str(r['errorMessage']),
    request: isRecord(r['requestParameters']) ? r['requestParameters'] : null,
    response: isRecord(r['responseElements']) ? r['responseElements'] : null,
    additional: isRecord(r['additionalEventData']) ? r['additionalEventData'] : null,
    resource: firstResource,
    vpcEndpointId: str(r['vpcEndpointId']),
  };
}

/** Principals repeat: parse each identity once (bounded cache keyed by what the parse reads). */
const principals = new Map<string, Principal>();

export function awsPrincipal(r: JsonRecord): Principal {
  const identity = isRecord(r['userIdentity']) ? r['userIdentity'] : {};
  const context = identity['sessionContext'];
  const attributes = pick(context, 'attributes', 'mfaAuthenticated');
  const sig = `${String(identity['type'])}|${String(identity['arn'])}|${String(identity['accessKeyId'])}|${String(identity['invokedBy'])}|${String(identity['accountId'])}|${String(identity['principalId'])}|${String(identity['userName'])}|${String(r['recipientAccountId'])}|${String(pick(context, 'sessionIssuer', 'arn'))}|${String(attributes)}|${pick(context, 'ec2RoleDelivery') === undefined ? 0 : 1}|${String(pick(r, 'additionalEventData', 'MFAUsed'))}|${String(pick(identity, 'onBehalfOf', 'userId'))}`;
  const cached = principals.get(sig);
  if (cached) return cached;
  const parsed = parsePrincipal(r, identity);
  if (principals.size >= 20_000) principals.clear();
  principals.set(sig, parsed);
  return parsed;
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
