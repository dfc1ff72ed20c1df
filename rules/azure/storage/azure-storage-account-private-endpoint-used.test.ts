import { privateEndpointConnection, storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-private-endpoint-used.js';

const pending = { ...privateEndpointConnection('/subscriptions/x/storage', 'pending'), status: 'Pending' };

testRule(rule, {
  valid: [{ name: 'an approved private endpoint', resource: storageAccount('stprod'), messageId: 'used' }],
  invalid: [
    { name: 'no private endpoint', resource: storageAccount('stpublic', { privateEndpointConnections: [] }), messageId: 'notUsed' },
    {
      name: 'a pending connection does not carry traffic',
      resource: storageAccount('stpending', { privateEndpointConnections: [pending] }),
      messageId: 'notUsed',
      evidence: { privateEndpointConnections: [{ status: 'Pending' }] },
    },
  ],
});
