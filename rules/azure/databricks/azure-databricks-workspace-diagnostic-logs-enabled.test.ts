import { databricksWorkspace, diagnosticLog, diagnosticSetting } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-diagnostic-logs-enabled.js';

testRule(rule, {
  valid: [
    { name: 'all logs to Log Analytics', resource: databricksWorkspace('dbw-analytics'), messageId: 'enabled' },
    {
      name: 'selected categories to storage',
      resource: databricksWorkspace('dbw-archive', {
        diagnosticSettings: [
          diagnosticSetting('archive', {
            workspaceId: null,
            storageAccountId: '/x/st',
            logs: ['accounts', 'clusters'].map((category) => diagnosticLog({ category })),
          }),
        ],
      }),
    },
  ],
  invalid: [
    { name: 'no diagnostic setting', resource: databricksWorkspace('dbw-dark', { diagnosticSettings: [] }), messageId: 'disabled' },
    {
      name: 'metrics only',
      resource: databricksWorkspace('dbw-metrics', {
        diagnosticSettings: [diagnosticSetting('m', { logs: [diagnosticLog({ category: 'accounts', enabled: false })] })],
      }),
      messageId: 'disabled',
    },
  ],
  error: [{ name: 'not collected', resource: databricksWorkspace('dbw-denied', { diagnosticSettings: null }), message: 'were not collected' }],
});
