import { s3Bucket } from '../../../tests/fixtures/aws/index.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-bucket-policy-not-public.js';

const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' };
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    {
      name: 'a policy naming one role',
      resource: s3Bucket('app', { policy: policy({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      messageId: 'restricted',
    },
    { name: 'no policy at all', resource: s3Bucket('plain', { policy: null }), messageId: 'noPolicy' },
    {
      name: 'a wildcard principal restricted to the organisation',
      resource: s3Bucket('org-shared', { policy: policy({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
    },
    {
      name: 'a wildcard principal restricted to a source account (service integrations)',
      resource: s3Bucket('from-service', {
        policy: policy({ ...open, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: "S3's own evaluation (IsPublic) wins over the conditions cspm reads",
      resource: s3Bucket('aws-says-public', { policyIsPublic: true, policy: policy({ ...open, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } } }) }),
      messageId: 'public',
      evidence: { awsEvaluatedPublic: true },
    },
    {
      name: 'Principal "*" without a condition',
      resource: s3Bucket('open', { policy: policy(open) }),
      messageId: 'public',
      evidence: { publicStatements: [open] },
    },
    {
      name: 'a wildcard among named principals, in the second statement',
      resource: s3Bucket('mixed', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 's3:GetObject', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 's3:GetObject', Resource: '*' },
        ),
      }),
      messageId: 'public',
    },
    {
      name: 'a negated condition does not restrict the caller',
      resource: s3Bucket('negated', { policy: policy({ ...open, Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' } } }) }),
      messageId: 'public',
    },
    {
      name: 'NotAction with a wildcard principal',
      resource: s3Bucket('not-action', { policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 's3:GetObject', Resource: '*' }) }),
      messageId: 'public',
    },
  ],
});
