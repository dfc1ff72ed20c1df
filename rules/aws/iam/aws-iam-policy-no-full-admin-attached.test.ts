import { iamPolicy } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-policy-no-full-admin-attached.js';

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }] };

testRule(rule, {
  valid: [
    { name: 'a least-privilege customer policy', resource: iamPolicy('reports-read'), messageId: 'limited' },
    {
      name: 'PowerUserAccess uses NotAction and is not "*:*"',
      resource: iamPolicy('PowerUserAccess', {
        scope: 'AWS',
        attachedRoles: ['developers'],
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }] },
      }),
    },
    {
      name: 'Allow *:* with an unconditional Deny on all resources is no longer full access',
      resource: iamPolicy('almost-admin', {
        document: { Version: '2012-10-17', Statement: [...ADMIN.Statement, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'AdministratorAccess attached to a role',
      resource: iamPolicy('AdministratorAccess', { scope: 'AWS', document: ADMIN, attachedGroups: [], attachedRoles: ['ops-admin'] }),
      messageId: 'fullAdmin',
      evidence: { scope: 'AWS', entities: ['role ops-admin'] },
    },
    {
      name: 'a customer policy with *:* among several statements',
      resource: iamPolicy('legacy-deploy', {
        document: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::artifacts/*' },
            { Effect: 'Allow', Action: ['*:*'], Resource: ['*'] },
          ],
        },
      }),
      messageId: 'fullAdmin',
    },
    {
      name: 'a condition (MFA present) does not make it less than full access',
      resource: iamPolicy('mfa-admin', {
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
        },
      }),
      messageId: 'fullAdmin',
    },
    {
      name: 'a Deny on one bucket leaves it administrative',
      resource: iamPolicy('admin-but-audit', {
        document: { Version: '2012-10-17', Statement: [...ADMIN.Statement, { Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::audit/*' }] },
      }),
      messageId: 'fullAdmin',
    },
  ],
  notApplicable: [
    {
      name: 'an unattached admin policy',
      resource: iamPolicy('unused-admin', { document: ADMIN, attachmentCount: 0, attachedGroups: [] }),
      messageId: 'unattached',
    },
  ],
  error: [{ name: 'the policy document was not collected', resource: iamPolicy('opaque', { document: null }), message: 'policy document was not collected' }],
});
