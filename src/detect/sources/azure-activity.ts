import type { CloudEvent, JsonRecord, Principal } from '../event.js';
import { isRecord, parseTime, pick, str } from '../event.js';

/**
 * Azure Activity Log entries come in two shapes: the REST API / `az monitor activity-log list`
 * (operationName: {value}, eventTimestamp, caller, claims, status: {value}) and the diagnostic
 * export to storage or Event Hub (operationName: string, time, identity.claims, resultType).
 * Both map to the common event model.
 */
export function isAzureActivityRecord(record: JsonRecord): boolean {
  const op = record['operationName'];
  return (typeof op === 'string' || isRecord(op)) && (record['time'] !== undefined || record['eventTimestamp'] !== undefined);
}

const CLAIM_UPN = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn';
const CLAIM_NAME = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
const CLAIM_OID = 'http://schemas.microsoft.com/identity/claims/objectidentifier';
const FAILED = new Set(['failure', 'failed']);

export function fromAzureActivity(r: JsonRecord): CloudEvent | null {
  const time = parseTime(r['time'] ?? r['eventTimestamp']);
  if (Number.isNaN(time)) return null;
  const action = (valueOf(r['operationName']) ?? '').toLowerCase();
  const resourceId = str(r['resourceId']);
  const subscription = str(r['subscriptionId']) ?? /\/subscriptions\/([^/]+)/i.exec(resourceId ?? '')?.[1] ?? null;
  const status = (valueOf(r['status']) ?? str(r['resultType']) ?? '').toLowerCase();
  const properties = isRecord(r['properties']) ? r['properties'] : null;
  const claims = claimsOf(r);
  const correlation = str(r['correlationId']);
  return {
    provider: 'azure',
    id: str(r['eventDataId']) ?? (correlation ? `${correlation}:${action}:${status}` : `${action}:${time}`),
    time,
    account: subscription?.toLowerCase() ?? null,
    region: str(r['location'])?.toLowerCase() || null,
    service: action.split('/')[0] ?? '',
    action,
    principal: azurePrincipal(r, claims),
    sourceIp: str(r['callerIpAddress']) ?? str(pick(r, 'httpRequest', 'clientIpAddress')) ?? str(claims?.['ipaddr']),
    userAgent: null,
    readOnly: action.endsWith('/read') ? true : /\/(write|delete|action)$/.test(action) ? false : null,
    errorCode: FAILED.has(status) ? (valueOf(r['subStatus']) ?? str(r['resultSignature']) ?? 'Failed') : null,
    errorMessage: FAILED.has(status) ? (str(properties?.['statusMessage']) ?? null) : null,
    request: jsonish(properties?.['requestbody'] ?? properties?.['requestBody']),
    response: jsonish(properties?.['responseBody']),
    additional: properties,
    resource: resourceId,
    vpcEndpointId: null,
  };
}

function valueOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  return str(pick(v, 'value'));
}

function claimsOf(r: JsonRecord): JsonRecord | null {
  const claims = r['claims'] ?? pick(r, 'identity', 'claims');
  return isRecord(claims) ? claims : null;
}

function azurePrincipal(r: JsonRecord, claims: JsonRecord | null): Principal {
  const upn = str(claims?.[CLAIM_UPN]) ?? str(claims?.['upn']) ?? str(claims?.['unique_name']);
  const oid = str(claims?.[CLAIM_OID]) ?? str(claims?.['oid']) ?? str(pick(r, 'identity', 'authorization', 'evidence', 'principalId'));
  const appid = str(claims?.['appid']) ?? str(claims?.['azp']);
  const caller = str(r['caller']);
  const idtyp = str(claims?.['idtyp']);
  const evidenceType = str(pick(r, 'identity', 'authorization', 'evidence', 'principalType'));
  const isApp = idtyp === 'app' || evidenceType === 'ServicePrincipal' || (upn === null && appid !== null && !caller?.includes('@'));
  const name = upn ?? (caller?.includes('@') ? caller : null) ?? str(claims?.[CLAIM_NAME]);
  const id = (name ?? oid ?? caller ?? appid ?? 'unknown').toLowerCase();
  return {
    key: `azure:${id}`,
    type: isApp ? 'azure-service-principal' : name || oid || caller ? 'azure-user' : 'unknown',
    display: isApp ? `service principal ${appid ?? oid ?? id}` : (name ?? caller ?? oid ?? 'unknown caller'),
    accountId: str(r['tenantId']),
    session: appid,
    accessKeyId: null,
    mfa: null,
    instanceId: null,
    invokedBy: null,
  };
}

function jsonish(value: unknown): JsonRecord | null {
  if (isRecord(value)) return value;
  if (typeof value !== 'string' || !value.trimStart().startsWith('{')) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
