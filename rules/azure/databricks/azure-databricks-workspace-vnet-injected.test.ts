import { databricksWorkspace } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-vnet-injected.js';

testRule(rule, {
  valid: [{ name: 'VNet injection', resource: databricksWorkspace('dbw-analytics'), messageId: 'injected' }],
  invalid: [
    {
      name: 'Databricks-managed network',
      resource: databricksWorkspace('dbw-sandbox', { customVirtualNetworkId: null }),
      messageId: 'managed',
      evidence: { customVirtualNetworkId: null },
    },
  ],
});
