import { ct, identities } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-cloudtrail-logging-stopped.js';

const src = 'cloudtrail.amazonaws.com';
testDetector(detector, {
  valid: [
    { name: 'starting a trail is not tampering', events: [ct({ eventName: 'StartLogging', eventSource: src, request: { name: 'main' } })] },
    {
      name: 'a stop that failed validation changed nothing',
      events: [ct({ eventName: 'StopLogging', eventSource: src, request: { name: 'x' }, errorCode: 'InvalidTrailNameException' })],
    },
  ],
  invalid: [
    {
      name: 'a stopped trail',
      events: [ct({ eventName: 'StopLogging', eventSource: src, request: { name: 'main' } })],
      messageId: 'stopped',
      explains: 'trail main',
      severity: 'high',
    },
    {
      name: 'a deleted trail, by a role',
      events: [ct({ eventName: 'DeleteTrail', eventSource: src, identity: identities.role('admin', 'bob'), request: { name: 'org' } })],
      messageId: 'deleted',
      explains: 'role/admin',
    },
    {
      name: 'a denied attempt is still worth knowing',
      events: [ct({ eventName: 'StopLogging', eventSource: src, request: { name: 'main' }, errorCode: 'AccessDenied' })],
      messageId: 'attempted',
      severity: 'medium',
    },
  ],
});
