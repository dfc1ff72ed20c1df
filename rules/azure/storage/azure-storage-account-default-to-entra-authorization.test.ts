import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-default-to-entra-authorization.js';

testRule(rule, {
  valid: [{ name: 'Entra authorisation by default', resource: storageAccount('stprod'), messageId: 'enabled' }],
  invalid: [
    { name: 'explicitly off', resource: storageAccount('stkeys', { defaultToOAuthAuthentication: false }), messageId: 'disabled' },
    {
      name: 'unset means off',
      resource: storageAccount('stunset', { defaultToOAuthAuthentication: null }),
      messageId: 'disabled',
      evidence: { defaultToOAuthAuthentication: null },
    },
  ],
});
