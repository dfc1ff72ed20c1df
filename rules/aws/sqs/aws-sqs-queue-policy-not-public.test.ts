import { sqsQueue } from '../../../tests/fixtures/aws/index.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-sqs-queue-policy-not-public.js';

const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' };
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    {
      name: 'a policy naming one role',
      resource: sqsQueue('app', { policy: policy({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      messageId: 'restricted',
    },
    { name: 'no policy at all', resource: sqsQueue('plain', { policy: null }), messageId: 'noPolicy' },
    {
      name: 'a wildcard principal restricted to the organisation',
      resource: sqsQueue('org-shared', { policy: policy({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
    },
    {
      name: 'a wildcard principal restricted to a source account (service integrations)',
      resource: sqsQueue('from-service', {
        policy: policy({ ...open, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'Principal "*" without a condition',
      resource: sqsQueue('open', { policy: policy(open) }),
      messageId: 'public',
      evidence: { publicStatements: [open] },
    },
    {
      name: 'a wildcard among named principals, in the second statement',
      resource: sqsQueue('mixed', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 'sqs:SendMessage', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 'sqs:SendMessage', Resource: '*' },
        ),
      }),
      messageId: 'public',
    },
    {
      name: 'a negated condition does not restrict the caller',
      resource: sqsQueue('negated', { policy: policy({ ...open, Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' } } }) }),
      messageId: 'public',
    },
    {
      name: 'NotAction with a wildcard principal',
      resource: sqsQueue('not-action', { policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 'sqs:SendMessage', Resource: '*' }) }),
      messageId: 'public',
    },
  ],
});
