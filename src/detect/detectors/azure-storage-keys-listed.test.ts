import { az, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-storage-keys-listed.js';

const list = (result = 'Success') => az({ operation: 'Microsoft.Storage/storageAccounts/listKeys/action', result });
testDetector(detector, {
  valid: [
    { name: 'a failed listing', events: [list('Failed')] },
    {
      name: 'a backup tool that lists keys all day',
      events: [list()],
      baseline: learned(list(), { actions: { 'microsoft.storage/storageaccounts/listkeys/action': 900 } }),
    },
  ],
  invalid: [
    { name: 'keys listed', events: [list()], messageId: 'listed', explains: 'listed the keys' },
    {
      name: 'a key regenerated',
      events: [az({ operation: 'Microsoft.Storage/storageAccounts/regenerateKey/action' })],
      messageId: 'listed',
      explains: 'regenerated',
    },
  ],
});
