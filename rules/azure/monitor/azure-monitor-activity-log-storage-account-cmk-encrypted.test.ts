import { armId, DEFAULT_SUBSCRIPTION, storageAccount, subscriptionDiagnosticSetting } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-activity-log-storage-account-cmk-encrypted.js';

const archiveId = armId(DEFAULT_SUBSCRIPTION, 'rg-monitoring', 'Microsoft.Storage/storageAccounts', 'stactivitylogs');
const archive = (keySource: string) =>
  storageAccount(
    'stactivitylogs',
    keySource === 'Microsoft.Keyvault'
      ? {}
      : { encryption: { keySource, requireInfrastructureEncryption: false, keyVaultProperties: null, encryptedServices: ['blob'] } },
    { resourceGroup: 'rg-monitoring' },
  );
const toStorage = subscriptionDiagnosticSetting('archive', { workspaceId: null, storageAccountId: archiveId });

testRule(rule, {
  valid: [
    { name: 'archive with a customer-managed key', resource: toStorage, inventory: [archive('Microsoft.Keyvault')], messageId: 'encrypted' },
    {
      name: 'ids compare case-insensitively',
      resource: subscriptionDiagnosticSetting('archive', { storageAccountId: archiveId.toLowerCase() }),
      inventory: [archive('Microsoft.Keyvault')],
    },
  ],
  invalid: [
    {
      name: 'archive with Microsoft-managed keys',
      resource: toStorage,
      inventory: [archive('Microsoft.Storage')],
      messageId: 'notEncrypted',
      evidence: { keySource: 'Microsoft.Storage' },
    },
  ],
  notApplicable: [{ name: 'Log Analytics only', resource: subscriptionDiagnosticSetting(), messageId: 'noStorage' }],
  error: [{ name: 'the archive account is not in the inventory (another subscription)', resource: toStorage, message: 'is not in the inventory' }],
});
