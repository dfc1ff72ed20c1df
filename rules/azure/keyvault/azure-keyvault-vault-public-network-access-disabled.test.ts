import { keyVault } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-public-network-access-disabled.js';

testRule(rule, {
  valid: [{ name: 'public access disabled', resource: keyVault('kv-prod'), messageId: 'disabled' }],
  invalid: [
    {
      name: 'enabled with a deny-by-default firewall still exposes the endpoint to allowed ranges',
      resource: keyVault('kv-fw', {
        publicNetworkAccess: 'Enabled',
        networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [{ value: '203.0.113.0/24', action: 'Allow' }], virtualNetworkRules: [] },
      }),
      messageId: 'enabled',
      evidence: { defaultAction: 'Deny', ipRules: ['203.0.113.0/24'] },
    },
    {
      name: 'unset with no firewall',
      resource: keyVault('kv-open', { publicNetworkAccess: null, networkAcls: null }),
      messageId: 'enabled',
      evidence: { publicNetworkAccess: null, defaultAction: null },
    },
  ],
});
