import { ct, OTHER_ACCOUNT } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-rds-snapshot-shared.js';

const share = (values: string[], attributeName = 'restore') =>
  ct({
    eventName: 'ModifyDBSnapshotAttribute',
    eventSource: 'rds.amazonaws.com',
    request: { dBSnapshotIdentifier: 'db-snap', attributeName, valuesToAdd: values },
  });
testDetector(detector, {
  valid: [
    { name: 'another attribute', events: [share([OTHER_ACCOUNT], 'other')] },
    { name: 'nothing added', events: [share([])] },
  ],
  invalid: [
    { name: 'shared with another account', events: [share([OTHER_ACCOUNT])], messageId: 'shared', explains: `account ${OTHER_ACCOUNT}` },
    { name: 'made public', events: [share(['all'])], messageId: 'public', severity: 'critical', explains: 'public' },
  ],
});
