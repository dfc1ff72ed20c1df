/**
 * S3: buckets (listed once, hydrated in their own region) with Block Public Access, policy and
 * policy status, ACL grants, object ownership, default encryption, versioning and MFA delete,
 * server access logging and tags; plus the account-level Block Public Access (S3 Control).
 */
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  type Bucket,
  type GetBucketAclOutput,
  type PublicAccessBlockConfiguration,
  type ServerSideEncryptionConfiguration,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { PolicyDocument, PublicAccessBlock, S3Bucket } from '../../../resources/aws/index.js';
import { awsAccountFactId } from '../../../resources/aws/ids.js';
import { call, iso, mapAll, pages, tagsOf, type AwsCollectContext, type AwsCollector, type CallResult, type CallScope } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 's3';

export const s3Collector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'global',
  resourceTypes: ['aws.s3.bucket', 'aws.s3.account-public-access-block'],
  permissions: [
    's3:ListAllMyBuckets',
    's3:GetBucketLocation',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketPolicy',
    's3:GetBucketPolicyStatus',
    's3:GetBucketAcl',
    's3:GetBucketOwnershipControls',
    's3:GetEncryptionConfiguration',
    's3:GetBucketVersioning',
    's3:GetBucketLogging',
    's3:GetBucketTagging',
    's3:GetAccountPublicAccessBlock',
  ],
  async collect(ctx) {
    await Promise.all([accountPublicAccessBlock(ctx), buckets(ctx)]);
    ctx.progress.done(`${ID} global`, false);
  },
};

async function accountPublicAccessBlock(ctx: AwsCollectContext): Promise<void> {
  const scope: CallScope = { collector: ID, region: 'global', resourceTypes: ['aws.s3.account-public-access-block'] };
  const result = await call(ctx, scope, 's3:GetAccountPublicAccessBlock', () =>
    ctx.clients.s3control(ctx.homeRegion).send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account })),
  );
  if (!result.ok && !result.absent) return;
  ctx.sink.resource(
    makeResource(
      'aws.s3.account-public-access-block',
      { id: awsAccountFactId(ctx.account, 's3-public-access-block'), name: `${ctx.account} S3 Block Public Access`, account: ctx.account, region: 'global' },
      { configuration: result.ok ? toPublicAccessBlock(result.value.PublicAccessBlockConfiguration) : null },
    ),
  );
}

async function buckets(ctx: AwsCollectContext): Promise<void> {
  const listed: Bucket[] = [];
  await pages(
    ctx,
    { collector: ID, region: 'global', resourceTypes: ['aws.s3.bucket'] },
    's3:ListAllMyBuckets',
    paginateListBuckets({ client: ctx.clients.s3(ctx.homeRegion) }, {}),
    (page) => {
      listed.push(...(page.Buckets ?? []));
    },
  );
  await mapAll(listed, (raw) => bucket(ctx, raw));
}

/** LocationConstraint as a region: empty means us-east-1, 'EU' is the legacy name of eu-west-1. */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

async function bucket(ctx: AwsCollectContext, raw: Bucket): Promise<void> {
  const Bucket = raw.Name;
  if (Bucket === undefined) return;
  const id = `arn:${ctx.partition}:s3:::${Bucket}`;
  let region = raw.BucketRegion;
  if (region === undefined || region === '') {
    const location = await call(ctx, { collector: ID, region: 'global', resourceTypes: ['aws.s3.bucket'], resourceId: id }, 's3:GetBucketLocation', () =>
      ctx.clients.s3(ctx.homeRegion).send(new GetBucketLocationCommand({ Bucket })),
    );
    if (!location.ok) return;
    region = regionOfLocation(location.value.LocationConstraint);
  }
  const client = ctx.clients.s3(region);
  const scope = (property: string): CallScope => ({
    collector: ID,
    region: region ?? 'global',
    resourceTypes: ['aws.s3.bucket'],
    resourceId: id,
    properties: [property],
  });
  const [pab, [policy, status], acl, ownership, encryption, versioning, logging, tagging] = await Promise.all([
    call(ctx, scope('publicAccessBlock'), 's3:GetBucketPublicAccessBlock', () => client.send(new GetPublicAccessBlockCommand({ Bucket }))),
    policyAndStatus(ctx, scope, Bucket),
    call(ctx, scope('acl'), 's3:GetBucketAcl', () => client.send(new GetBucketAclCommand({ Bucket }))),
    call(ctx, scope('objectOwnership'), 's3:GetBucketOwnershipControls', () => client.send(new GetBucketOwnershipControlsCommand({ Bucket }))),
    call(ctx, scope('encryption'), 's3:GetEncryptionConfiguration', () => client.send(new GetBucketEncryptionCommand({ Bucket }))),
    call(ctx, scope('versioning'), 's3:GetBucketVersioning', () => client.send(new GetBucketVersioningCommand({ Bucket }))),
    call(ctx, scope('logging'), 's3:GetBucketLogging', () => client.send(new GetBucketLoggingCommand({ Bucket }))),
    call(ctx, scope('tags'), 's3:GetBucketTagging', () => client.send(new GetBucketTaggingCommand({ Bucket }))),
  ]);
  const properties: S3Bucket = {
    name: Bucket,
    creationDate: iso(raw.CreationDate),
    publicAccessBlock: pab.ok ? toPublicAccessBlock(pab.value.PublicAccessBlockConfiguration) : null,
    policy: policy.ok ? policy.value : null,
    policyIsPublic: status,
    acl: acl.ok ? toAcl(acl.value) : { ownerId: null, grants: [] },
    objectOwnership: ownership.ok ? (ownership.value.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null) : null,
    encryption: encryption.ok ? toEncryption(encryption.value.ServerSideEncryptionConfiguration) : null,
    versioning: versioning.ok
      ? { status: toVersioningStatus(versioning.value.Status), mfaDelete: toMfaDelete(versioning.value.MFADelete) }
      : { status: null, mfaDelete: null },
    logging:
      logging.ok && logging.value.LoggingEnabled?.TargetBucket !== undefined
        ? { targetBucket: logging.value.LoggingEnabled.TargetBucket, targetPrefix: logging.value.LoggingEnabled.TargetPrefix ?? '' }
        : null,
  };
  ctx.sink.resource(
    makeResource('aws.s3.bucket', { id, name: Bucket, account: ctx.account, region, tags: tagging.ok ? tagsOf(tagging.value.TagSet) : {} }, properties),
  );
}

/**
 * The bucket policy, then (only when there is one) its public status: a bucket without a policy
 * has no status to ask for, which saves a call per such bucket.
 */
async function policyAndStatus(
  ctx: AwsCollectContext,
  scope: (property: string) => CallScope,
  Bucket: string,
): Promise<[CallResult<PolicyDocument | null>, boolean | null]> {
  const client = ctx.clients.s3(scope('policy').region);
  const policy = await call(ctx, scope('policy'), 's3:GetBucketPolicy', async () => {
    const out = await client.send(new GetBucketPolicyCommand({ Bucket }));
    return out.Policy === undefined ? null : parsePolicyDocument(out.Policy);
  });
  if (!policy.ok || policy.value === null) return [policy, null];
  const status = await call(ctx, scope('policyIsPublic'), 's3:GetBucketPolicyStatus', () => client.send(new GetBucketPolicyStatusCommand({ Bucket })));
  return [policy, status.ok ? (status.value.PolicyStatus?.IsPublic ?? null) : null];
}

export function toPublicAccessBlock(raw: PublicAccessBlockConfiguration | undefined): PublicAccessBlock | null {
  if (raw === undefined) return null;
  return {
    blockPublicAcls: raw.BlockPublicAcls ?? false,
    ignorePublicAcls: raw.IgnorePublicAcls ?? false,
    blockPublicPolicy: raw.BlockPublicPolicy ?? false,
    restrictPublicBuckets: raw.RestrictPublicBuckets ?? false,
  };
}

export function toAcl(raw: GetBucketAclOutput): S3Bucket['acl'] {
  return {
    ownerId: raw.Owner?.ID ?? null,
    grants: (raw.Grants ?? []).map((g) => ({
      granteeType: g.Grantee?.Type ?? 'CanonicalUser',
      granteeId: g.Grantee?.ID ?? g.Grantee?.EmailAddress ?? null,
      granteeUri: g.Grantee?.URI ?? null,
      permission: g.Permission ?? 'READ',
    })),
  };
}

export function toEncryption(raw: ServerSideEncryptionConfiguration | undefined): S3Bucket['encryption'] {
  const rule = raw?.Rules?.[0];
  const defaults = rule?.ApplyServerSideEncryptionByDefault;
  if (defaults?.SSEAlgorithm === undefined) return null;
  return { algorithm: defaults.SSEAlgorithm, kmsKeyId: defaults.KMSMasterKeyID ?? null, bucketKeyEnabled: rule?.BucketKeyEnabled ?? false };
}

function toVersioningStatus(value: string | undefined): 'Enabled' | 'Suspended' | null {
  return value === 'Enabled' || value === 'Suspended' ? value : null;
}

function toMfaDelete(value: string | undefined): 'Enabled' | 'Disabled' | null {
  return value === 'Enabled' || value === 'Disabled' ? value : null;
}
