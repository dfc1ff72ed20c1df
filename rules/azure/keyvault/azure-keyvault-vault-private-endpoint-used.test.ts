import { keyVault, privateEndpointConnection } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-private-endpoint-used.js';

testRule(rule, {
  valid: [{ name: 'an approved private endpoint', resource: keyVault('kv-prod'), messageId: 'used' }],
  invalid: [
    { name: 'no private endpoint', resource: keyVault('kv-public', { privateEndpointConnections: [] }), messageId: 'notUsed' },
    {
      name: 'a rejected connection does not count',
      resource: keyVault('kv-rejected', { privateEndpointConnections: [{ ...privateEndpointConnection('/subscriptions/x/vault'), status: 'Rejected' }] }),
      messageId: 'notUsed',
    },
  ],
});
