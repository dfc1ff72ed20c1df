import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-authorization-lock-deleted.js';

testDetector(detector, {
  valid: [
    { name: 'a lock created', events: [az({ operation: 'Microsoft.Authorization/locks/write' })] },
    { name: 'a failed deletion', events: [az({ operation: 'Microsoft.Authorization/locks/delete', result: 'Failed' })] },
  ],
  invalid: [
    {
      name: 'a lock deleted',
      events: [az({ operation: 'MICROSOFT.AUTHORIZATION/LOCKS/DELETE', resourceId: '/subscriptions/s/providers/Microsoft.Authorization/locks/keep' })],
      messageId: 'deleted',
      explains: 'locks/keep',
    },
  ],
});
