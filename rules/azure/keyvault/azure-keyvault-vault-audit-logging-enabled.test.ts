import { diagnosticLog, diagnosticSetting, keyVault } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-audit-logging-enabled.js';

const setting = (logs: Parameters<typeof diagnosticLog>[0][], extra: Parameters<typeof diagnosticSetting>[1] = {}) =>
  diagnosticSetting('kv-diag', { logs: logs.map((l) => diagnosticLog(l)), ...extra });

testRule(rule, {
  valid: [
    { name: "the 'audit' category group", resource: keyVault('kv-prod'), messageId: 'logged' },
    {
      name: 'the AuditEvent category to a storage account',
      resource: keyVault('kv-archive', {
        diagnosticSettings: [setting([{ category: 'AuditEvent' }], { workspaceId: null, storageAccountId: '/subscriptions/x/storageAccounts/starchive' })],
      }),
    },
    { name: "the 'allLogs' group", resource: keyVault('kv-all', { diagnosticSettings: [setting([{ categoryGroup: 'allLogs' }])] }) },
  ],
  invalid: [
    { name: 'no diagnostic setting', resource: keyVault('kv-dark', { diagnosticSettings: [] }), messageId: 'notLogged' },
    {
      name: 'a setting with metrics and policy evaluation logs only',
      resource: keyVault('kv-metrics', { diagnosticSettings: [setting([{ category: 'AzurePolicyEvaluationDetails' }])] }),
      messageId: 'notLogged',
      evidence: { diagnosticSettings: [{ logs: ['AzurePolicyEvaluationDetails'] }] },
    },
    {
      name: 'AuditEvent disabled',
      resource: keyVault('kv-off', { diagnosticSettings: [setting([{ category: 'AuditEvent', enabled: false }])] }),
      messageId: 'notLogged',
    },
    {
      name: 'AuditEvent with no destination',
      resource: keyVault('kv-nowhere', { diagnosticSettings: [setting([{ category: 'AuditEvent' }], { workspaceId: null })] }),
      messageId: 'notLogged',
    },
  ],
  error: [{ name: 'diagnostic settings not collected', resource: keyVault('kv-denied', { diagnosticSettings: null }), message: 'were not collected' }],
});
