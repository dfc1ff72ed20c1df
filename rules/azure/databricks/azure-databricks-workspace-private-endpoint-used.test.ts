import { databricksWorkspace, privateEndpointConnection } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-private-endpoint-used.js';

testRule(rule, {
  valid: [{ name: 'approved private endpoint', resource: databricksWorkspace('dbw-analytics'), messageId: 'used' }],
  invalid: [
    { name: 'none', resource: databricksWorkspace('dbw-public', { privateEndpointConnections: [] }), messageId: 'notUsed' },
    {
      name: 'pending approval',
      resource: databricksWorkspace('dbw-pending', { privateEndpointConnections: [{ ...privateEndpointConnection('/x/dbw'), status: 'Pending' }] }),
      messageId: 'notUsed',
    },
  ],
});
