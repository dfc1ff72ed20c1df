import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-compute-disk-exported.js';

testDetector(detector, {
  valid: [{ name: 'reading a disk', events: [az({ operation: 'Microsoft.Compute/disks/read' })] }],
  invalid: [
    {
      name: 'disk SAS generated',
      events: [
        az({
          operation: 'Microsoft.Compute/disks/beginGetAccess/action',
          resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/disks/os',
        }),
      ],
      messageId: 'exported',
      explains: 'disks/os',
    },
    { name: 'snapshot SAS generated', events: [az({ operation: 'Microsoft.Compute/snapshots/beginGetAccess/action' })], messageId: 'exported' },
  ],
});
