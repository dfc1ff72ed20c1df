import { ct, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-sts-federation-token-issued.js';

const token = (policy?: string) =>
  ct({ eventName: 'GetFederationToken', eventSource: 'sts.amazonaws.com', request: { name: 'session', ...(policy ? { policy } : {}) } });
testDetector(detector, {
  valid: [{ name: 'a broker that does this all day', events: [token()], baseline: learned(token(), { actions: { GetFederationToken: 500 } }) }],
  invalid: [
    { name: 'a federation token', events: [token()], messageId: 'issued', severity: 'medium' },
    {
      name: 'with an allow-everything session policy',
      events: [token(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }))],
      messageId: 'issued',
      severity: 'high',
      explains: 'allowing everything',
    },
  ],
});
