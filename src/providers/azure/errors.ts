/**
 * Normalises Azure SDK, REST and identity errors into the stable codes the inventory records
 * (the same vocabulary as the AWS provider: 'AccessDenied', 'Throttling', 'Timeout',
 * 'NetworkError', 'Aborted', 'InvalidResponse', else the service's own code), and names the few
 * codes that mean "this does not exist here" for a given action (Steampipe's rule: only named
 * codes may be treated as absent).
 */
import { errorMessage } from '../../core/errors.js';

export interface NormalisedError {
  readonly code: string;
  readonly message: string;
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly details?: unknown;
}

/** HTTP status of a RestError-like error (SDK, our REST client), or null. */
export function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as ErrorLike).statusCode;
  return typeof status === 'number' ? status : null;
}

/**
 * The service's own error code: ARM's `error.code` (which RestError copies into `code`), Graph's
 * `error.code`, Node's network codes, or the error class name.
 */
export function rawAzureCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Unknown';
  const e = error as ErrorLike;
  const details = e.details as { error?: { code?: unknown } } | undefined;
  if (typeof details?.error?.code === 'string' && details.error.code !== '') return details.error.code;
  if (typeof e.code === 'string' && e.code !== '') return e.code;
  if (typeof e.name === 'string' && e.name !== '' && e.name !== 'Error' && e.name !== 'RestError') return e.name;
  const status = statusOf(error);
  return status === null ? 'Unknown' : `HTTP${status}`;
}

const ACCESS_DENIED_CODES = new Set([
  'AuthorizationFailed',
  'Authorization_RequestDenied',
  'AuthorizationPermissionMismatch',
  'Forbidden',
  'InsufficientAccountPermissions',
  'LinkedAuthorizationFailed',
  'InvalidAuthenticationTokenTenant',
  'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
  'Authentication_MSGraphPermissionMissing',
  'Unauthorized',
]);
const NETWORK_CODES = new Set(['REQUEST_SEND_ERROR', 'ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AggregateAuthenticationError', 'AuthenticationError', 'AuthenticationRequiredError']);

/** Maps any error thrown by an Azure call to a normalised code and a one-line message. */
export function normaliseAzureError(error: unknown): NormalisedError {
  const raw = rawAzureCode(error);
  const status = statusOf(error);
  const message = oneLine(errorMessage(error)) || raw;
  const name = typeof error === 'object' && error !== null ? (error as ErrorLike).name : undefined;
  if (name === 'AbortError' || raw === 'AbortError') return { code: 'Aborted', message };
  if (typeof name === 'string' && CREDENTIAL_ERRORS.has(name)) return { code: 'AuthenticationFailed', message };
  if (status === 401 || status === 403 || ACCESS_DENIED_CODES.has(raw)) return { code: 'AccessDenied', message };
  if (status === 429 || raw === 'TooManyRequests' || raw === 'ThrottledRequest') return { code: 'Throttling', message };
  if (status === 408 || status === 504 || raw === 'ETIMEDOUT' || raw === 'TimeoutError' || name === 'TimeoutError') return { code: 'Timeout', message };
  if (NETWORK_CODES.has(raw)) return { code: /timeout/i.test(message) ? 'Timeout' : 'NetworkError', message };
  if (raw === 'PARSE_ERROR' || raw === 'SyntaxError' || raw === 'InvalidResponse') return { code: 'InvalidResponse', message };
  return { code: raw, message };
}

/** True for an identity failure (no login, expired token, wrong tenant): a usage problem, not a gap. */
export function isCredentialError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as ErrorLike).name;
  return typeof name === 'string' && CREDENTIAL_ERRORS.has(name);
}

/**
 * Codes that mean "nothing of this kind here" for one action, recorded as absent (empty or null)
 * instead of as a failure. A resource provider the subscription never registered cannot hold
 * resources, so its listings are empty, not failed.
 */
const UNREGISTERED = [{ code: 'MissingSubscriptionRegistration' }, { code: 'SubscriptionNotRegistered' }] as const;

export const ABSENT_ERRORS: Readonly<Record<string, readonly { readonly code: string; readonly status?: number }[]>> = {
  'Microsoft.Databricks/workspaces/read': UNREGISTERED,
  'Microsoft.Web/sites/Read': UNREGISTERED,
  'Microsoft.Sql/servers/read': UNREGISTERED,
  'Microsoft.KeyVault/vaults/read': UNREGISTERED,
  'Microsoft.Insights/Components/Read': UNREGISTERED,
  'Microsoft.Insights/ActivityLogAlerts/Read': UNREGISTERED,
  'Microsoft.Insights/LogProfiles/Read': [...UNREGISTERED, { code: 'LogProfileNotFound' }],
  'Microsoft.Security/pricings/read': UNREGISTERED,
  'Microsoft.Security/securityContacts/read': UNREGISTERED,
  'Microsoft.Security/autoProvisioningSettings/read': UNREGISTERED,
  'Microsoft.Security/settings/read': UNREGISTERED,
  'Microsoft.Security/assessments/read': UNREGISTERED,
  // Blob-only accounts have no file service and file-only accounts no blob or queue service.
  'Microsoft.Storage/storageAccounts/blobServices/read': [{ code: 'FeatureNotSupportedForAccount' }, { code: 'OperationNotAllowedOnKind' }],
  'Microsoft.Storage/storageAccounts/fileServices/read': [{ code: 'FeatureNotSupportedForAccount' }, { code: 'OperationNotAllowedOnKind' }],
  'Microsoft.Storage/storageAccounts/queueServices/read': [{ code: 'FeatureNotSupportedForAccount' }, { code: 'OperationNotAllowedOnKind' }],
  // A server without a vulnerability assessment or security alert policy answers 404.
  'Microsoft.Sql/servers/vulnerabilityAssessments/read': [{ code: 'ResourceNotFound' }, { code: 'VulnerabilityAssessmentNotFound', status: 404 }],
  // The tenant subscription policy does not exist until someone sets it.
  'Microsoft.Subscription/policies/read': [{ code: 'PolicyNotFound' }, { code: 'NotFound', status: 404 }],
};

/** True when `error` from `action` is one of its named "absent" codes. */
export function isAbsent(action: string, error: unknown): boolean {
  const matchers = ABSENT_ERRORS[action];
  if (!matchers) return false;
  const raw = rawAzureCode(error);
  const status = statusOf(error);
  return matchers.some((m) => m.code === raw && (m.status === undefined || m.status === status));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
