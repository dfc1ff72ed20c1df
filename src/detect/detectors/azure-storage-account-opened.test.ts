import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-storage-account-opened.js';

const write = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  az({ operation: 'Microsoft.Storage/storageAccounts/write', requestBody: { properties, ...extra } });
testDetector(detector, {
  valid: [
    { name: 'anonymous access turned off', events: [write({ allowBlobPublicAccess: false })] },
    { name: 'a full deployment restating defaults', events: [write({ networkAcls: { defaultAction: 'Allow' } }, { location: 'westeurope' })] },
    {
      name: 'a private container',
      events: [az({ operation: 'Microsoft.Storage/storageAccounts/blobServices/containers/write', requestBody: { properties: { publicAccess: 'None' } } })],
    },
  ],
  invalid: [
    { name: 'anonymous blob access allowed', events: [write({ allowBlobPublicAccess: true })], messageId: 'opened', explains: 'anonymous blob access' },
    {
      name: 'shared keys and plain HTTP',
      events: [write({ allowSharedKeyAccess: true, supportsHttpsTrafficOnly: false })],
      messageId: 'opened',
      explains: /shared-key.*plain HTTP/,
    },
    {
      name: 'a public container',
      events: [
        az({ operation: 'Microsoft.Storage/storageAccounts/blobServices/containers/write', requestBody: { properties: { publicAccess: 'Container' } } }),
      ],
      messageId: 'opened',
    },
  ],
});
