import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-iam-admin-policy-attached.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const allowAll = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
testDetector(detector, {
  valid: [
    {
      name: 'a read-only managed policy',
      events: [ct({ eventName: 'AttachUserPolicy', request: { userName: 'bob', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } })],
    },
    {
      name: 'a customer policy that happens to be named AdministratorAccess',
      events: [ct({ eventName: 'AttachRolePolicy', request: { roleName: 'r', policyArn: 'arn:aws:iam::111122223333:policy/AdministratorAccess' } })],
    },
    {
      name: 'a scoped inline policy',
      events: [
        ct({
          eventName: 'PutRolePolicy',
          request: {
            roleName: 'r',
            policyName: 'p',
            policyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }),
          },
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'admin attached to a user',
      events: [ct({ eventName: 'AttachUserPolicy', request: { userName: 'bob', policyArn: ADMIN } })],
      messageId: 'attached',
      explains: 'AdministratorAccess to user bob',
    },
    {
      name: 'a user created then made admin',
      events: [
        ct({ eventName: 'CreateUser', request: { userName: 'x' } }),
        ct({ eventName: 'AttachUserPolicy', request: { userName: 'x', policyArn: ADMIN } }),
      ],
      messageId: 'attached',
      explains: 'created moments before',
      evidence: { newlyCreated: true },
    },
    {
      name: 'an inline allow-everything policy on a group',
      events: [ct({ eventName: 'PutGroupPolicy', request: { groupName: 'devs', policyName: 'all', policyDocument: allowAll } })],
      messageId: 'inline',
      explains: 'group devs',
    },
  ],
});
