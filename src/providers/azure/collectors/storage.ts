/**
 * Storage accounts (@azure/arm-storage): list, then hydrate each account with its blob, file and
 * queue service properties and the diagnostic settings of its four services.
 */
import type { BlobServiceProperties as RawBlob, FileServiceProperties as RawFile, StorageAccount as RawAccount } from '@azure/arm-storage';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { BlobServiceProperties, FileServiceProperties, StorageAccount, StorageServiceLogging } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import {
  armPlacement,
  iso,
  list,
  normaliseLocation,
  nul,
  resourceGroupOf,
  splitList,
  toIdentity,
  toIpRules,
  toPrivateEndpointConnection,
  toVnetRules,
} from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCallScope, type AzureCollectContext, type AzureCollector } from '../context.js';
import { DIAGNOSTIC_SETTINGS_READ, diagnosticSettingsOf } from './diagnostics.js';

const ID = 'storage';
const READ = {
  accounts: 'Microsoft.Storage/storageAccounts/read',
  blob: 'Microsoft.Storage/storageAccounts/blobServices/read',
  file: 'Microsoft.Storage/storageAccounts/fileServices/read',
  queue: 'Microsoft.Storage/storageAccounts/queueServices/read',
} as const;

type Hydrated = Pick<StorageAccount, 'blobService' | 'fileService' | 'queueServiceCorsRuleCount' | 'serviceLogging'>;

/** Which services an account kind has: FileStorage has only files; BlobStorage and BlockBlobStorage only blobs. */
export function servicesOf(kind: string | null | undefined): {
  readonly blob: boolean;
  readonly file: boolean;
  readonly queue: boolean;
  readonly table: boolean;
} {
  switch (kind) {
    case 'FileStorage':
      return { blob: false, file: true, queue: false, table: false };
    case 'BlobStorage':
    case 'BlockBlobStorage':
      return { blob: true, file: false, queue: false, table: false };
    default:
      return { blob: true, file: true, queue: true, table: true };
  }
}

export function toBlobService(raw: RawBlob): BlobServiceProperties {
  return {
    deleteRetentionPolicy: {
      enabled: raw.deleteRetentionPolicy?.enabled === true,
      days: raw.deleteRetentionPolicy?.days ?? null,
      allowPermanentDelete: nul(raw.deleteRetentionPolicy?.allowPermanentDelete),
    },
    containerDeleteRetentionPolicy: { enabled: raw.containerDeleteRetentionPolicy?.enabled === true, days: raw.containerDeleteRetentionPolicy?.days ?? null },
    isVersioningEnabled: raw.isVersioningEnabled === true,
    changeFeedEnabled: raw.changeFeed?.enabled === true,
    restorePolicyEnabled: raw.restorePolicy?.enabled === true,
    lastAccessTimeTrackingEnabled: raw.lastAccessTimeTrackingPolicy?.enable === true,
  };
}

export function toFileService(raw: RawFile): FileServiceProperties {
  const smb = raw.protocolSettings?.smb;
  return {
    shareDeleteRetentionPolicy: { enabled: raw.shareDeleteRetentionPolicy?.enabled === true, days: raw.shareDeleteRetentionPolicy?.days ?? null },
    smb: {
      versions: splitList(smb?.versions, /;/),
      channelEncryption: splitList(smb?.channelEncryption, /;/),
      authenticationMethods: splitList(smb?.authenticationMethods, /;/),
      kerberosTicketEncryption: splitList(smb?.kerberosTicketEncryption, /;/),
      multichannelEnabled: nul(smb?.multichannel?.enabled),
    },
  };
}

/** The account as listed; the hydrated parts start unknown (null) and are filled in by the collector. */
export function toStorageAccount(subscriptionId: string, raw: RawAccount, hydrated: Hydrated): Resource<'azure.storage.account'> {
  const rules = raw.networkRuleSet;
  const encryption = raw.encryption;
  const kv = encryption?.keyVaultProperties;
  const services = encryption?.services as Readonly<Record<string, { readonly enabled?: boolean } | undefined>> | undefined;
  return makeResource('azure.storage.account', armPlacement(subscriptionId, raw), {
    kind: nul(raw.kind),
    skuName: nul(raw.sku?.name),
    accessTier: nul(raw.accessTier),
    creationTime: iso(raw.creationTime),
    provisioningState: nul(raw.provisioningState),
    enableHttpsTrafficOnly: raw.enableHttpsTrafficOnly === true,
    minimumTlsVersion: nul(raw.minimumTlsVersion),
    allowBlobPublicAccess: nul(raw.allowBlobPublicAccess),
    allowSharedKeyAccess: nul(raw.allowSharedKeyAccess),
    allowCrossTenantReplication: nul(raw.allowCrossTenantReplication),
    defaultToOAuthAuthentication: nul(raw.defaultToOAuthAuthentication),
    publicNetworkAccess: nul(raw.publicNetworkAccess),
    networkRuleSet: {
      // Without a rule set the account accepts traffic from all networks.
      defaultAction: rules?.defaultAction ?? 'Allow',
      bypass: splitList(rules?.bypass, /,/),
      ipRules: toIpRules(rules?.ipRules),
      virtualNetworkRules: toVnetRules(rules?.virtualNetworkRules),
      resourceAccessRuleIds: list(rules?.resourceAccessRules).flatMap((r) => (r.resourceId === undefined ? [] : [r.resourceId])),
    },
    privateEndpointConnections: list(raw.privateEndpointConnections).map(toPrivateEndpointConnection),
    encryption: {
      keySource: encryption?.keySource ?? 'Microsoft.Storage',
      requireInfrastructureEncryption: nul(encryption?.requireInfrastructureEncryption),
      keyVaultProperties:
        kv === undefined
          ? null
          : {
              keyName: nul(kv.keyName),
              keyVaultUri: nul(kv.keyVaultUri),
              keyVersion: nul(kv.keyVersion),
              lastKeyRotationTimestamp: iso(kv.lastKeyRotationTimestamp),
            },
      encryptedServices: Object.entries(services ?? {})
        .filter(([, s]) => s?.enabled === true)
        .map(([name]) => name)
        .sort(),
    },
    keyExpirationPeriodInDays: raw.keyPolicy?.keyExpirationPeriodInDays ?? null,
    keyCreationTime: { key1: iso(raw.keyCreationTime?.key1), key2: iso(raw.keyCreationTime?.key2) },
    sasExpirationPeriod: nul(raw.sasPolicy?.sasExpirationPeriod),
    isHnsEnabled: nul(raw.isHnsEnabled),
    isSftpEnabled: nul(raw.isSftpEnabled),
    isLocalUserEnabled: nul(raw.isLocalUserEnabled),
    identity: toIdentity(raw.identity),
    ...hydrated,
  });
}

async function hydrate(ctx: AzureCollectContext, sub: string, raw: RawAccount): Promise<Hydrated> {
  const id = raw.id ?? '';
  const name = raw.name ?? '';
  const group = resourceGroupOf(id);
  const has = servicesOf(raw.kind);
  const client = await ctx.clients.storage(sub);
  const scope = (properties: string[]): AzureCallScope => ({
    collector: ID,
    region: normaliseLocation(raw.location),
    resourceTypes: ['azure.storage.account'],
    resourceId: id,
    properties,
  });
  const none: Promise<{ ok: true; value: null }> = Promise.resolve({ ok: true, value: null });
  const logs = (service: keyof StorageServiceLogging, present: boolean): Promise<StorageServiceLogging[typeof service] | null> =>
    present ? diagnosticSettingsOf(ctx, scope(['serviceLogging']), `${id}/${service}Services/default`) : Promise.resolve([]);
  const [blob, file, queue, blobLogs, queueLogs, tableLogs, fileLogs] = await Promise.all([
    has.blob ? call(ctx, scope(['blobService']), READ.blob, () => client.blobServices.getServiceProperties(group, name)) : none,
    has.file ? call(ctx, scope(['fileService']), READ.file, () => client.fileServices.getServiceProperties(group, name)) : none,
    has.queue ? call(ctx, scope(['queueServiceCorsRuleCount']), READ.queue, () => client.queueServices.getServiceProperties(group, name)) : none,
    logs('blob', has.blob),
    logs('queue', has.queue),
    logs('table', has.table),
    logs('file', has.file),
  ]);
  return {
    blobService: blob.ok && blob.value ? toBlobService(blob.value) : null,
    fileService: file.ok && file.value ? toFileService(file.value) : null,
    queueServiceCorsRuleCount: queue.ok && queue.value ? list(queue.value.cors?.corsRules).length : null,
    serviceLogging: blobLogs && queueLogs && tableLogs && fileLogs ? { blob: blobLogs, queue: queueLogs, table: tableLogs, file: fileLogs } : null,
  };
}

export const storageCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.storage.account'],
  permissions: [READ.accounts, READ.blob, READ.file, READ.queue, DIAGNOSTIC_SETTINGS_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const accounts = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.storage.account'] }, READ.accounts, async () =>
      (await ctx.clients.storage(sub)).storageAccounts.list(),
    );
    await Promise.all((accounts ?? []).map(async (raw) => ctx.sink.resource(toStorageAccount(sub, raw, await hydrate(ctx, sub, raw)))));
    unitDone(ctx, ID);
  },
};
