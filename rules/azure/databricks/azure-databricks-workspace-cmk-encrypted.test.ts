import { databricksWorkspace } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-databricks-workspace-cmk-encrypted.js';

testRule(rule, {
  valid: [{ name: 'CMK everywhere', resource: databricksWorkspace('dbw-analytics'), messageId: 'encrypted' }],
  invalid: [
    {
      name: 'Microsoft-managed keys',
      resource: databricksWorkspace('dbw-std', { cmk: { managedServices: null, managedDisk: null, dbfsRoot: null } }),
      messageId: 'notEncrypted',
    },
    {
      name: 'DBFS root left on Microsoft keys',
      resource: databricksWorkspace('dbw-part', { cmk: { managedServices: 'Microsoft.Keyvault', managedDisk: 'Microsoft.Keyvault', dbfsRoot: 'Default' } }),
      messageId: 'notEncrypted',
      evidence: { cmk: { dbfsRoot: 'Default' } },
    },
  ],
});
