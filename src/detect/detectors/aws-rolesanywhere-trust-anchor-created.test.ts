import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-rolesanywhere-trust-anchor-created.js';

const src = 'rolesanywhere.amazonaws.com';
testDetector(detector, {
  valid: [
    { name: 'listing trust anchors', events: [ct({ eventName: 'ListTrustAnchors', eventSource: src })] },
    {
      name: 'an IAM Identity Center CreateProfile is another service',
      events: [ct({ eventName: 'CreateProfile', eventSource: 'sso.amazonaws.com', request: { name: 'p' } })],
    },
  ],
  invalid: [
    {
      name: 'trust anchor created',
      events: [ct({ eventName: 'CreateTrustAnchor', eventSource: src, request: { name: 'ca' } })],
      messageId: 'created',
      severity: 'high',
    },
    {
      name: 'profile created',
      events: [ct({ eventName: 'CreateProfile', eventSource: src, request: { name: 'p' } })],
      messageId: 'created',
      severity: 'medium',
    },
  ],
});
