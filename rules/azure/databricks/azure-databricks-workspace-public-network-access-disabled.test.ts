import { databricksWorkspace } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-public-network-access-disabled.js';

testRule(rule, {
  valid: [{ name: 'disabled', resource: databricksWorkspace('dbw-analytics'), messageId: 'disabled' }],
  invalid: [
    { name: 'enabled', resource: databricksWorkspace('dbw-open', { publicNetworkAccess: 'Enabled' }), messageId: 'enabled' },
    { name: 'unset means enabled', resource: databricksWorkspace('dbw-unset', { publicNetworkAccess: null }), messageId: 'enabled' },
  ],
});
