import { ct, OTHER_ACCOUNT } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-role-trust-opened-externally.js';

const trust = (principal: unknown, condition?: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
  });
const update = (doc: string) => ct({ eventName: 'UpdateAssumeRolePolicy', request: { roleName: 'app', policyDocument: doc } });
testDetector(detector, {
  valid: [
    { name: 'an AWS service principal', events: [update(trust({ Service: 'ec2.amazonaws.com' }))] },
    { name: 'the same account', events: [update(trust({ AWS: 'arn:aws:iam::111122223333:root' }))] },
    { name: 'an account listed as known', events: [update(trust({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }))], options: { knownAccounts: OTHER_ACCOUNT } },
    { name: 'no policy document', events: [ct({ eventName: 'UpdateAssumeRolePolicy', request: {} })] },
  ],
  invalid: [
    {
      name: 'another account trusted',
      events: [update(trust({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }))],
      messageId: 'opened',
      explains: OTHER_ACCOUNT,
      severity: 'high',
    },
    { name: 'anyone trusted', events: [update(trust('*'))], messageId: 'opened', explains: 'let anyone assume role app' },
    {
      name: 'an external id lowers the severity',
      events: [update(trust({ AWS: OTHER_ACCOUNT }, { StringEquals: { 'sts:ExternalId': 'x' } }))],
      messageId: 'opened',
      severity: 'medium',
    },
    {
      name: 'a new role trusting another account',
      events: [
        ct({ eventName: 'CreateRole', request: { roleName: 'backdoor', assumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }) } }),
      ],
      messageId: 'opened',
      explains: 'backdoor (CreateRole)',
    },
  ],
});
