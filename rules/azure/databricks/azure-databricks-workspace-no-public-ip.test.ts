import { databricksWorkspace } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-no-public-ip.js';

testRule(rule, {
  valid: [{ name: 'secure cluster connectivity', resource: databricksWorkspace('dbw-analytics'), messageId: 'enabled' }],
  invalid: [
    { name: 'public IPs', resource: databricksWorkspace('dbw-legacy', { enableNoPublicIp: false }), messageId: 'disabled' },
    {
      name: 'unset means public IPs on older workspaces',
      resource: databricksWorkspace('dbw-old', { enableNoPublicIp: null }),
      messageId: 'disabled',
      evidence: { enableNoPublicIp: null },
    },
  ],
});
