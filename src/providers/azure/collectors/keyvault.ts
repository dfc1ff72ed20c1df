/**
 * Key vaults (@azure/arm-keyvault): list, then hydrate each vault with its keys and secrets
 * (management plane: metadata only, never values), its certificates (data plane REST, 7.4) and
 * its diagnostic settings.
 */
import type { Key as RawKey, Secret as RawSecret, Vault as RawVault } from '@azure/arm-keyvault';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { KeyVault, KeyVaultCertificate, KeyVaultKey, KeyVaultSecret } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, iso, list, normaliseLocation, nul, resourceGroupOf, toIpRules, toPrivateEndpointConnection, toVnetRules } from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCallScope, type AzureCollectContext, type AzureCollector } from '../context.js';
import { DIAGNOSTIC_SETTINGS_READ, diagnosticSettingsOf } from './diagnostics.js';

const ID = 'keyvault';
const DATA_PLANE_API = '7.4';
const READ = {
  vaults: 'Microsoft.KeyVault/vaults/read',
  keys: 'Microsoft.KeyVault/vaults/keys/read',
  secrets: 'Microsoft.KeyVault/vaults/secrets/read',
} as const;
export const CERTIFICATES_READ = 'Microsoft.KeyVault/vaults/certificates/read';

type Hydrated = Pick<KeyVault, 'keys' | 'secrets' | 'certificates' | 'diagnosticSettings'>;

/** Data plane certificate list item and policy (Key Vault REST 7.4). */
export interface RawCertificateItem {
  readonly id?: string;
  readonly attributes?: { readonly enabled?: boolean; readonly exp?: number; readonly created?: number };
}

export interface RawCertificatePolicy {
  readonly x509_props?: { readonly validity_months?: number };
  readonly issuer?: { readonly name?: string };
  readonly lifetime_actions?: readonly { readonly action?: { readonly action_type?: string } }[];
}

/** Content types Key Vault gives the secrets that back certificates. */
const CERTIFICATE_CONTENT_TYPES = new Set(['application/x-pkcs12', 'application/x-pem-file']);

/** The lifecycle attributes keys (epoch seconds) and secrets (Dates) both carry; enabled unless disabled. */
function lifecycleOf(
  a: RawKey['attributes'] | RawSecret['properties']['attributes'],
): Pick<KeyVaultKey, 'enabled' | 'expires' | 'notBefore' | 'created' | 'updated'> {
  return { enabled: a?.enabled !== false, expires: iso(a?.expires), notBefore: iso(a?.notBefore), created: iso(a?.created), updated: iso(a?.updated) };
}

export function toKey(raw: RawKey): KeyVaultKey {
  const policy = raw.rotationPolicy;
  return {
    name: raw.name ?? '',
    ...lifecycleOf(raw.attributes),
    keyType: nul(raw.kty),
    rotationPolicy:
      policy === undefined || (policy.lifetimeActions === undefined && policy.attributes?.expiryTime === undefined)
        ? null
        : {
            expiryTime: nul(policy.attributes?.expiryTime),
            lifetimeActions: list(policy.lifetimeActions).map((l) => ({
              action: (l.action?.type ?? '').toLowerCase(),
              timeAfterCreate: nul(l.trigger?.timeAfterCreate),
              timeBeforeExpiry: nul(l.trigger?.timeBeforeExpiry),
            })),
          },
  };
}

export function toSecret(raw: RawSecret): KeyVaultSecret {
  const p = raw.properties;
  return {
    name: raw.name ?? '',
    ...lifecycleOf(p.attributes),
    contentType: nul(p.contentType),
    managed: CERTIFICATE_CONTENT_TYPES.has(p.contentType ?? ''),
  };
}

export function toCertificate(item: RawCertificateItem, policy: RawCertificatePolicy | null): KeyVaultCertificate {
  const name = (item.id ?? '').replace(/\/+$/, '').split('/').pop() ?? '';
  return {
    name,
    enabled: item.attributes?.enabled !== false,
    expires: iso(item.attributes?.exp),
    created: iso(item.attributes?.created),
    validityInMonths: policy?.x509_props?.validity_months ?? null,
    issuerName: nul(policy?.issuer?.name),
    lifetimeActions: list(policy?.lifetime_actions).flatMap((l) => (l.action?.action_type === undefined ? [] : [l.action.action_type])),
  };
}

export function toKeyVault(subscriptionId: string, raw: RawVault, hydrated: Hydrated): Resource<'azure.keyvault.vault'> {
  const p = raw.properties;
  const acls = p.networkAcls;
  return makeResource('azure.keyvault.vault', armPlacement(subscriptionId, raw), {
    vaultUri: nul(p.vaultUri),
    skuName: nul(p.sku.name),
    tenantId: nul(p.tenantId),
    enableSoftDelete: nul(p.enableSoftDelete),
    softDeleteRetentionInDays: nul(p.softDeleteRetentionInDays),
    enablePurgeProtection: nul(p.enablePurgeProtection),
    enableRbacAuthorization: nul(p.enableRbacAuthorization),
    publicNetworkAccess: nul(p.publicNetworkAccess),
    networkAcls:
      acls === undefined
        ? null
        : {
            defaultAction: acls.defaultAction ?? 'Allow',
            bypass: nul(acls.bypass),
            ipRules: toIpRules(acls.ipRules),
            virtualNetworkRules: toVnetRules(acls.virtualNetworkRules),
          },
    privateEndpointConnections: list(p.privateEndpointConnections).map(toPrivateEndpointConnection),
    enabledForDeployment: nul(p.enabledForDeployment),
    enabledForDiskEncryption: nul(p.enabledForDiskEncryption),
    enabledForTemplateDeployment: nul(p.enabledForTemplateDeployment),
    accessPolicies: list(p.accessPolicies).map((e) => ({
      objectId: e.objectId,
      applicationId: nul(e.applicationId),
      keys: list(e.permissions.keys),
      secrets: list(e.permissions.secrets),
      certificates: list(e.permissions.certificates),
    })),
    ...hydrated,
  });
}

async function certificatesOf(ctx: AzureCollectContext, scope: AzureCallScope, vaultUri: string): Promise<KeyVaultCertificate[] | null> {
  const data = ctx.clients.keyVaultData(vaultUri);
  const query = { 'api-version': DATA_PLANE_API };
  const items = await listAll(ctx, scope, CERTIFICATES_READ, () => data.list<RawCertificateItem>('/certificates', { query, abortSignal: ctx.signal }));
  if (items === null) return null;
  let complete = true;
  const certificates = await Promise.all(
    items.map(async (item) => {
      const name = (item.id ?? '').replace(/\/+$/, '').split('/').pop() ?? '';
      const policy = await call(ctx, scope, CERTIFICATES_READ, () =>
        data.get<RawCertificatePolicy>(`/certificates/${encodeURIComponent(name)}/policy`, { query, abortSignal: ctx.signal }),
      );
      if (!policy.ok) complete = false;
      return toCertificate(item, policy.ok ? policy.value : null);
    }),
  );
  // One unreadable policy makes the vault's certificate list incomplete: the error is already recorded.
  return complete ? certificates : null;
}

async function hydrate(ctx: AzureCollectContext, sub: string, vault: RawVault): Promise<Hydrated> {
  const client = await ctx.clients.keyvault(sub);
  const id = vault.id ?? '';
  const name = vault.name ?? '';
  const group = resourceGroupOf(id);
  const scope = (property: keyof Hydrated): AzureCallScope => ({
    collector: ID,
    region: normaliseLocation(vault.location),
    resourceTypes: ['azure.keyvault.vault'],
    resourceId: id,
    properties: [property],
  });
  const vaultUri = vault.properties.vaultUri;
  const [keys, secrets, certificates, diagnosticSettings] = await Promise.all([
    listAll(ctx, scope('keys'), READ.keys, () => client.keys.list(group, name)),
    listAll(ctx, scope('secrets'), READ.secrets, () => client.secrets.list(group, name)),
    vaultUri === undefined ? Promise.resolve(null) : certificatesOf(ctx, scope('certificates'), vaultUri),
    diagnosticSettingsOf(ctx, scope('diagnosticSettings'), id),
  ]);
  return {
    keys: keys === null ? null : keys.map(toKey),
    secrets: secrets === null ? null : secrets.map(toSecret),
    certificates,
    diagnosticSettings,
  };
}

export const keyVaultCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.keyvault.vault'],
  permissions: [...Object.values(READ), DIAGNOSTIC_SETTINGS_READ],
  dataActions: [CERTIFICATES_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const vaults = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.keyvault.vault'] }, READ.vaults, async () =>
      (await ctx.clients.keyvault(sub)).vaults.listBySubscription(),
    );
    await Promise.all((vaults ?? []).map(async (vault) => ctx.sink.resource(toKeyVault(sub, vault, await hydrate(ctx, sub, vault)))));
    unitDone(ctx, ID);
  },
};
