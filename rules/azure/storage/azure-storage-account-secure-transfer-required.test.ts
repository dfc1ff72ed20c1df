import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-secure-transfer-required.js';

testRule(rule, {
  valid: [{ name: 'HTTPS only', resource: storageAccount('stprod'), messageId: 'required' }],
  invalid: [
    {
      name: 'HTTP allowed',
      resource: storageAccount('stlegacy', { enableHttpsTrafficOnly: false }),
      messageId: 'notRequired',
      evidence: { enableHttpsTrafficOnly: false },
    },
  ],
});
