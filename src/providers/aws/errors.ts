/**
 * Normalises AWS SDK errors into the stable codes the inventory records, and names the few error
 * codes that mean "this setting does not exist" (null in the model), never a failure (Steampipe's
 * rule: only named codes may be treated as absent).
 */
import { errorMessage } from '../../core/errors.js';

/** The normalised codes; anything else keeps the service's own error code. */
export const ERROR_CODES = ['AccessDenied', 'Throttling', 'Timeout', 'RegionDisabled', 'NetworkError', 'Aborted', 'InvalidResponse'] as const;

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'AllAccessDisabled',
]);
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
/** What AWS answers in a region the account has not opted in to (the token is not valid there). */
const REGION_DISABLED = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure', 'RegionDisabledException']);
const NETWORK = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

export interface NormalisedError {
  readonly code: string;
  readonly message: string;
}

/** The service's raw error code: `name` for modelled SDK errors, `Code` for others, Node's `code` for network errors. */
export function rawErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Unknown';
  const e = error as { name?: unknown; Code?: unknown; code?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof e.Code === 'string' && e.Code.length > 0) return e.Code;
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code;
  if (typeof e.name === 'string' && e.name.length > 0 && e.name !== 'Error') return e.name;
  if (e.$metadata?.httpStatusCode === 403) return 'Forbidden';
  return 'Unknown';
}

/**
 * Maps an SDK error to a normalised code. `regional` says whether the call went to a regional
 * endpoint: an authentication failure there, after STS accepted the same credentials, means the
 * region is not enabled for the account.
 */
export function normaliseAwsError(error: unknown, regional: boolean): NormalisedError {
  const raw = rawErrorCode(error);
  const message = oneLine(errorMessage(error)) || raw;
  if (raw === 'AbortError') return { code: 'Aborted', message };
  if (ACCESS_DENIED.has(raw)) return { code: 'AccessDenied', message };
  if (THROTTLING.has(raw)) return { code: 'Throttling', message };
  if (TIMEOUT.has(raw)) return { code: 'Timeout', message };
  if (regional && REGION_DISABLED.has(raw)) return { code: 'RegionDisabled', message };
  if (NETWORK.has(raw)) return { code: 'NetworkError', message };
  if (raw === 'SyntaxError' || raw === 'Deserialization') return { code: 'InvalidResponse', message };
  return { code: raw, message };
}

/**
 * Error codes that mean "not configured" for one action: the collector stores null for the
 * property instead of an error. Keys are IAM actions; a `message` pattern narrows codes that AWS
 * also uses for real failures (Macie answers AccessDenied when it is simply not enabled).
 */
export const ABSENT_ERRORS: Readonly<Record<string, readonly { readonly code: string; readonly message?: RegExp }[]>> = {
  's3:GetBucketPolicy': [{ code: 'NoSuchBucketPolicy' }],
  's3:GetBucketPolicyStatus': [{ code: 'NoSuchBucketPolicy' }],
  's3:GetBucketPublicAccessBlock': [{ code: 'NoSuchPublicAccessBlockConfiguration' }],
  's3:GetAccountPublicAccessBlock': [{ code: 'NoSuchPublicAccessBlockConfiguration' }],
  's3:GetEncryptionConfiguration': [{ code: 'ServerSideEncryptionConfigurationNotFoundError' }],
  's3:GetBucketOwnershipControls': [{ code: 'OwnershipControlsNotFoundError' }],
  's3:GetBucketTagging': [{ code: 'NoSuchTagSet' }, { code: 'NoSuchTagSetError' }],
  'iam:GetAccountPasswordPolicy': [{ code: 'NoSuchEntity' }, { code: 'NoSuchEntityException' }],
  'iam:GetLoginProfile': [{ code: 'NoSuchEntity' }, { code: 'NoSuchEntityException' }],
  'account:GetAlternateContact': [{ code: 'ResourceNotFoundException' }],
  'organizations:DescribeOrganization': [{ code: 'AWSOrganizationsNotInUseException' }],
  'securityhub:DescribeHub': [{ code: 'InvalidAccessException', message: /not subscribed/i }, { code: 'ResourceNotFoundException' }],
  'macie2:GetMacieSession': [{ code: 'AccessDeniedException', message: /Macie is not enabled/i }, { code: 'ResourceNotFoundException' }],
  'kms:GetKeyRotationStatus': [{ code: 'UnsupportedOperationException' }],
  'lambda:GetPolicy': [{ code: 'ResourceNotFoundException' }],
  // Only the management account or IAM's delegated administrator can read these (model: null).
  'iam:ListOrganizationsFeatures': [
    { code: 'AccountNotManagementOrDelegatedAdministratorException' },
    { code: 'OrganizationNotInAllFeaturesModeException' },
    { code: 'ServiceAccessNotEnabledException' },
    { code: 'OrganizationNotFoundException' },
  ],
};

/** True when `error` from `action` is one of its named "absent" codes. */
export function isAbsent(action: string, error: unknown): boolean {
  const matchers = ABSENT_ERRORS[action];
  if (!matchers) return false;
  const raw = rawErrorCode(error);
  const message = errorMessage(error);
  return matchers.some((m) => m.code === raw && (m.message === undefined || m.message.test(message)));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
