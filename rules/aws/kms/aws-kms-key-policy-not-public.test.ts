import { kmsKey } from '../../../tests/fixtures/aws/index.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-kms-key-policy-not-public.js';

const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' };
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    {
      name: 'a policy naming one role',
      resource: kmsKey('app', { policy: policy({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      messageId: 'restricted',
    },
    {
      name: 'an AWS managed key policy: Principal * pinned by kms:CallerAccount',
      resource: kmsKey('aws-ebs', {
        keyManager: 'AWS',
        rotationEnabled: null,
        policy: policy({
          ...open,
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
          Condition: { StringEquals: { 'kms:CallerAccount': '123456789012', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
        }),
      }),
    },
    { name: 'no policy at all', resource: kmsKey('plain', { policy: null }), messageId: 'noPolicy' },
    {
      name: 'a wildcard principal restricted to the organisation',
      resource: kmsKey('org-shared', { policy: policy({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
    },
    {
      name: 'a wildcard principal restricted to a source account (service integrations)',
      resource: kmsKey('from-service', {
        policy: policy({ ...open, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'Principal "*" without a condition',
      resource: kmsKey('open', { policy: policy(open) }),
      messageId: 'public',
      evidence: { publicStatements: [open] },
    },
    {
      name: 'a wildcard among named principals, in the second statement',
      resource: kmsKey('mixed', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 'kms:Decrypt', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 'kms:Decrypt', Resource: '*' },
        ),
      }),
      messageId: 'public',
    },
    {
      name: 'a negated condition does not restrict the caller',
      resource: kmsKey('negated', { policy: policy({ ...open, Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' } } }) }),
      messageId: 'public',
    },
    {
      name: 'NotAction with a wildcard principal',
      resource: kmsKey('not-action', { policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 'kms:Decrypt', Resource: '*' }) }),
      messageId: 'public',
    },
  ],
});
