import { ct, OTHER_ACCOUNT } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-image-or-snapshot-shared.js';

const src = 'ec2.amazonaws.com';
const ami = (items: Record<string, unknown>[]) =>
  ct({
    eventName: 'ModifyImageAttribute',
    eventSource: src,
    request: { imageId: 'ami-1', attributeType: 'launchPermission', launchPermission: { add: { items } } },
  });
const snap = (items: Record<string, unknown>[]) =>
  ct({ eventName: 'ModifySnapshotAttribute', eventSource: src, request: { snapshotId: 'snap-1', createVolumePermission: { add: { items } } } });
testDetector(detector, {
  valid: [
    {
      name: 'removing a permission',
      events: [
        ct({
          eventName: 'ModifyImageAttribute',
          eventSource: src,
          request: { imageId: 'ami-1', launchPermission: { remove: { items: [{ userId: OTHER_ACCOUNT }] } } },
        }),
      ],
    },
    { name: 'sharing with a known account', events: [snap([{ userId: OTHER_ACCOUNT }])], options: { knownAccounts: OTHER_ACCOUNT } },
  ],
  invalid: [
    {
      name: 'AMI shared with another account',
      events: [ami([{ userId: OTHER_ACCOUNT }])],
      messageId: 'shared',
      explains: `AMI ami-1 with account(s) ${OTHER_ACCOUNT}`,
    },
    { name: 'snapshot made public', events: [snap([{ group: 'all' }])], messageId: 'public', severity: 'critical' },
  ],
});
