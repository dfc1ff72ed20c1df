/** KMS: every key with its metadata, key policy and (for customer symmetric keys) rotation status. */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  paginateListKeys,
  type KeyListEntry,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { KmsKey, PolicyDocument } from '../../../resources/aws/index.js';
import { call, forEachRegion, iso, mapAll, pages, type AwsCollectContext, type AwsCollector, type CallScope } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 'kms';

export const kmsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.kms.key'],
  permissions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const keys: KeyListEntry[] = [];
      await pages(
        ctx,
        { collector: ID, region, resourceTypes: ['aws.kms.key'] },
        'kms:ListKeys',
        paginateListKeys({ client: ctx.clients.kms(region) }, {}),
        (page) => {
          keys.push(...(page.Keys ?? []));
        },
      );
      await mapAll(keys, (key) => hydrate(ctx, region, key));
    }),
};

/** Rotation applies to customer managed symmetric keys with key material from KMS. */
export function rotationApplies(meta: KeyMetadata): boolean {
  return (
    meta.KeyManager === 'CUSTOMER' &&
    meta.KeySpec === 'SYMMETRIC_DEFAULT' &&
    meta.Origin === 'AWS_KMS' &&
    (meta.KeyState === 'Enabled' || meta.KeyState === 'Disabled')
  );
}

async function hydrate(ctx: AwsCollectContext, region: string, key: KeyListEntry): Promise<void> {
  const KeyId = key.KeyId;
  if (KeyId === undefined) return;
  const id = key.KeyArn ?? `arn:${ctx.partition}:kms:${region}:${ctx.account}:key/${KeyId}`;
  const client = ctx.clients.kms(region);
  const scope = (properties?: readonly string[]): CallScope => ({
    collector: ID,
    region,
    resourceTypes: ['aws.kms.key'],
    resourceId: id,
    ...(properties ? { properties } : {}),
  });
  const [described, policy] = await Promise.all([
    call(ctx, scope(), 'kms:DescribeKey', () => client.send(new DescribeKeyCommand({ KeyId }))),
    call(ctx, scope(['policy']), 'kms:GetKeyPolicy', async () => {
      const out = await client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }));
      return out.Policy === undefined ? null : parsePolicyDocument(out.Policy);
    }),
  ]);
  if (!described.ok || described.value.KeyMetadata === undefined) return;
  const meta = described.value.KeyMetadata;
  let rotationEnabled: boolean | null = null;
  if (rotationApplies(meta)) {
    const rotation = await call(ctx, scope(['rotationEnabled']), 'kms:GetKeyRotationStatus', () => client.send(new GetKeyRotationStatusCommand({ KeyId })));
    rotationEnabled = rotation.ok ? (rotation.value.KeyRotationEnabled ?? false) : null;
  }
  ctx.sink.resource(
    makeResource('aws.kms.key', { id, name: KeyId, account: ctx.account, region }, toKey(meta, rotationEnabled, policy.ok ? policy.value : null)),
  );
}

export function toKey(meta: KeyMetadata, rotationEnabled: boolean | null, policy: PolicyDocument | null): KmsKey {
  return {
    keyId: meta.KeyId ?? '',
    keyManager: meta.KeyManager ?? 'CUSTOMER',
    keyState: meta.KeyState ?? 'Unknown',
    keySpec: meta.KeySpec ?? null,
    keyUsage: meta.KeyUsage ?? null,
    origin: meta.Origin ?? null,
    multiRegion: meta.MultiRegion ?? false,
    rotationEnabled,
    deletionDate: iso(meta.DeletionDate),
    policy,
  };
}
