/**
 * Data services of the demo subscription: a locked-down data lake next to the marketing site's
 * storage account (anonymous blobs, old TLS, account keys), a DR account in North Europe, a modern
 * RBAC key vault next to a legacy access-policy vault, and a Databricks workspace that is
 * VNet-injected but still reachable from the Internet.
 */
import type { AnyResource } from '../resources/index.js';
import {
  blobServiceProperties,
  databricksWorkspace,
  diagnosticLog,
  diagnosticSetting,
  fileServiceProperties,
  keyVault,
  keyVaultCertificate,
  keyVaultKey,
  keyVaultSecret,
  storageAccount,
  webApp,
} from '../inventory/builders/azure.js';
import { at, id, WORKSPACE } from './azure-placement.js';

const NO_NETWORK_RULES = { defaultAction: 'Allow', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [], resourceAccessRuleIds: [] };
const MICROSOFT_KEYS = {
  keySource: 'Microsoft.Storage',
  requireInfrastructureEncryption: false,
  keyVaultProperties: null,
  encryptedServices: ['blob', 'file'],
};

function storage(): AnyResource[] {
  const data = at('rg-data');
  return [
    storageAccount('stcontosodata', { isHnsEnabled: true }, data),
    // The marketing site serves images straight from blob storage, set up in 2021.
    storageAccount(
      'stcontosoweb',
      {
        creationTime: '2021-04-12T09:30:00.000Z',
        skuName: 'Standard_LRS',
        minimumTlsVersion: 'TLS1_0',
        allowBlobPublicAccess: true,
        allowSharedKeyAccess: null,
        allowCrossTenantReplication: null,
        defaultToOAuthAuthentication: false,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: NO_NETWORK_RULES,
        privateEndpointConnections: [],
        encryption: MICROSOFT_KEYS,
        keyExpirationPeriodInDays: null,
        keyCreationTime: { key1: '2021-04-12T09:30:00.000Z', key2: '2021-04-12T09:30:00.000Z' },
        blobService: blobServiceProperties({ isVersioningEnabled: false, containerDeleteRetentionPolicy: { enabled: false, days: null } }),
        fileService: fileServiceProperties({
          smb: { versions: [], channelEncryption: [], authenticationMethods: [], kerberosTicketEncryption: [], multichannelEnabled: null },
        }),
      },
      at('rg-web', 'westeurope', { owner: 'marketing' }),
    ),
    // Activity Log archive: private, but on Microsoft-managed keys.
    storageAccount('stcontosoactivity', { encryption: MICROSOFT_KEYS, keyExpirationPeriodInDays: null }, at('rg-monitoring')),
    storageAccount(
      'stcontosodr',
      {
        skuName: 'Standard_ZRS',
        fileService: fileServiceProperties({ shareDeleteRetentionPolicy: { enabled: false, days: null } }),
        blobService: blobServiceProperties({ deleteRetentionPolicy: { enabled: false, days: null, allowPermanentDelete: null } }),
      },
      at('rg-dr', 'northeurope'),
    ),
  ];
}

function vaults(): AnyResource[] {
  const sec = at('rg-security');
  return [
    keyVault(
      'kv-contoso-prod',
      { keys: [keyVaultKey('storage-cmk'), keyVaultKey('sql-tde')], secrets: [keyVaultSecret('db-password'), keyVaultSecret('api-token')] },
      sec,
    ),
    // The vault from the first release: access policies, open network, a secret that never expires.
    keyVault(
      'kv-contoso-legacy',
      {
        skuName: 'standard',
        enableRbacAuthorization: false,
        enablePurgeProtection: null,
        publicNetworkAccess: 'Enabled',
        networkAcls: null,
        privateEndpointConnections: [],
        accessPolicies: [{ objectId: 'sp-github-deploy', applicationId: null, keys: [], secrets: ['get', 'list', 'set'], certificates: [] }],
        keys: [keyVaultKey('signing-key', { rotationPolicy: null })],
        secrets: [keyVaultSecret('smtp-password', { expires: null }), keyVaultSecret('old-api-key', { enabled: false, expires: null })],
        certificates: [keyVaultCertificate('www-contoso-com', { validityInMonths: 24, issuerName: 'DigiCert' })],
        diagnosticSettings: [],
      },
      sec,
    ),
  ];
}

function platform(): AnyResource[] {
  const dbw = id('rg-analytics', 'Microsoft.Databricks/workspaces', 'dbw-contoso-analytics');
  return [
    databricksWorkspace(
      'dbw-contoso-analytics',
      {
        customVirtualNetworkId: id('rg-analytics', 'Microsoft.Network/virtualNetworks', 'vnet-databricks'),
        publicNetworkAccess: 'Enabled',
        requiredNsgRules: 'AllRules',
        privateEndpointConnections: [],
        cmk: { managedServices: null, managedDisk: null, dbfsRoot: null },
        diagnosticSettings: [diagnosticSetting('dbw-audit', { workspaceId: WORKSPACE }, dbw)],
      },
      at('rg-analytics'),
    ),
    webApp('app-contoso-web', {}, at('rg-web')),
    webApp(
      'app-contoso-api',
      { diagnosticSettings: [diagnosticSetting('console-only', { logs: [diagnosticLog({ category: 'AppServiceConsoleLogs' })] })] },
      at('rg-app'),
    ),
    webApp('func-contoso-jobs', { kind: 'functionapp,linux', diagnosticSettings: [] }, at('rg-app')),
  ];
}

export function demoAzureData(): AnyResource[] {
  return [...storage(), ...vaults(), ...platform()];
}
