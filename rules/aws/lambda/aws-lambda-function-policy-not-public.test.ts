import { lambdaFunction } from '../../../tests/fixtures/aws/index.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-lambda-function-policy-not-public.js';

const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: '*' };
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    {
      name: 'a policy naming one role',
      resource: lambdaFunction('app', { policy: policy({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      messageId: 'restricted',
    },
    { name: 'no policy at all', resource: lambdaFunction('plain', { policy: null }), messageId: 'noPolicy' },
    {
      name: 'a wildcard principal restricted to the organisation',
      resource: lambdaFunction('org-shared', { policy: policy({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
    },
    {
      name: 'a wildcard principal restricted to a source account (service integrations)',
      resource: lambdaFunction('from-service', {
        policy: policy({ ...open, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'Principal "*" without a condition',
      resource: lambdaFunction('open', { policy: policy(open) }),
      messageId: 'public',
      evidence: { publicStatements: [open] },
    },
    {
      name: 'a wildcard among named principals, in the second statement',
      resource: lambdaFunction('mixed', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 'lambda:InvokeFunction', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 'lambda:InvokeFunction', Resource: '*' },
        ),
      }),
      messageId: 'public',
    },
    {
      name: 'a negated condition does not restrict the caller',
      resource: lambdaFunction('negated', { policy: policy({ ...open, Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' } } }) }),
      messageId: 'public',
    },
    {
      name: 'NotAction with a wildcard principal',
      resource: lambdaFunction('not-action', { policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 'lambda:InvokeFunction', Resource: '*' }) }),
      messageId: 'public',
    },
  ],
});
