import { secretsManagerSecret } from '../../../tests/fixtures/aws/index.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-secretsmanager-secret-policy-not-public.js';

const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' };
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    {
      name: 'a policy naming one role',
      resource: secretsManagerSecret('app', { policy: policy({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      messageId: 'restricted',
    },
    { name: 'no policy at all', resource: secretsManagerSecret('plain', { policy: null }), messageId: 'noPolicy' },
    {
      name: 'a wildcard principal restricted to the organisation',
      resource: secretsManagerSecret('org-shared', { policy: policy({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
    },
    {
      name: 'a wildcard principal restricted to a source account (service integrations)',
      resource: secretsManagerSecret('from-service', {
        policy: policy({ ...open, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'Principal "*" without a condition',
      resource: secretsManagerSecret('open', { policy: policy(open) }),
      messageId: 'public',
      evidence: { publicStatements: [open] },
    },
    {
      name: 'a wildcard among named principals, in the second statement',
      resource: secretsManagerSecret('mixed', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
        ),
      }),
      messageId: 'public',
    },
    {
      name: 'a negated condition does not restrict the caller',
      resource: secretsManagerSecret('negated', { policy: policy({ ...open, Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' } } }) }),
      messageId: 'public',
    },
    {
      name: 'NotAction with a wildcard principal',
      resource: secretsManagerSecret('not-action', {
        policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 'secretsmanager:GetSecretValue', Resource: '*' }),
      }),
      messageId: 'public',
    },
  ],
});
