/**
 * The scanner's AWS permissions, aggregated from what each collector declares (house style 2.3,
 * Custodian's idea): docs/permissions.md and docs/aws-readonly-policy.json are generated from
 * this, and a test checks that collectors send nothing they did not declare.
 */
import type { AwsServiceKey } from './clients.js';
import { awsCollectors } from './collectors/index.js';
import type { AwsCollector } from './context.js';
import { PROVIDER_PERMISSIONS } from './provider.js';

/** Declared actions that are not Describe*, List* or Get*, each with why it is still read-only. */
export const READ_ONLY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'iam:GenerateCredentialReport':
    'Asks IAM to (re)build the credential report that GetCredentialReport then returns; it changes no user, credential or policy.',
  'apigateway:GET': 'API Gateway authorises its management API by HTTP verb; GET only reads (REST and HTTP/WebSocket APIs and their stages).',
};

const READ_ONLY = /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z0-9]*$/;

export function isReadOnlyAction(action: string): boolean {
  return READ_ONLY.test(action) || Object.hasOwn(READ_ONLY_EXCEPTIONS, action);
}

/** IAM service prefixes that differ from our client keys. */
const PREFIX: Partial<Record<AwsServiceKey, string>> = {
  accessanalyzer: 'access-analyzer',
  efs: 'elasticfilesystem',
  s3control: 's3',
  elbv2: 'elasticloadbalancing',
};

/** API operations whose IAM action has another name. */
const RENAMED: Readonly<Record<string, string>> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
};

/** The IAM action that authorises an SDK command (`ListBuckets` on the S3 client → s3:ListAllMyBuckets). */
export function actionOfCommand(service: AwsServiceKey, command: string): string {
  if (service === 'apigateway' || service === 'apigatewayv2') return command.startsWith('Get') ? 'apigateway:GET' : `apigateway:${command}`;
  return RENAMED[`${service}:${command}`] ?? `${PREFIX[service] ?? service}:${command}`;
}

export interface PermissionGroup {
  readonly id: string;
  readonly resourceTypes: readonly string[];
  readonly permissions: readonly string[];
}

/** Per collector (plus the provider's own calls), sorted. */
export function awsPermissionGroups(collectors: readonly AwsCollector[] = awsCollectors): PermissionGroup[] {
  return [
    { id: 'provider', resourceTypes: ['aws.account', 'aws.region'], permissions: [...PROVIDER_PERMISSIONS].sort() },
    ...[...collectors]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => ({ id: c.id, resourceTypes: [...c.resourceTypes], permissions: [...c.permissions].sort() })),
  ];
}

/** Every action the scanner needs, sorted and unique. */
export function awsReadOnlyActions(collectors: readonly AwsCollector[] = awsCollectors): string[] {
  return [...new Set(awsPermissionGroups(collectors).flatMap((g) => g.permissions))].sort();
}
