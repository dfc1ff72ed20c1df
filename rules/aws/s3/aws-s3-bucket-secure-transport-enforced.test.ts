import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';
import { s3Bucket } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-bucket-secure-transport-enforced.js';

const deny = (bucket: string, extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

testRule(rule, {
  valid: [
    { name: 'the CIS deny statement', resource: s3Bucket('logs', { policy: policy(deny('logs')) }), messageId: 'enforced' },
    {
      name: 'next to other statements, with Action "*" and a boolean false',
      resource: s3Bucket('data', {
        policy: policy(
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' },
          deny('data', { Action: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }),
        ),
      }),
    },
  ],
  invalid: [
    { name: 'no bucket policy', resource: s3Bucket('plain'), messageId: 'noPolicy' },
    {
      name: 'the deny covers objects but not the bucket',
      resource: s3Bucket('half', { policy: policy(deny('half', { Resource: 'arn:aws:s3:::half/*' })) }),
      messageId: 'notEnforced',
    },
    { name: 'the deny names another bucket (copy-paste)', resource: s3Bucket('copied', { policy: policy(deny('original')) }), messageId: 'notEnforced' },
    {
      name: 'an Allow with SecureTransport true does not refuse HTTP',
      resource: s3Bucket('allow-only', {
        policy: policy(
          deny('allow-only', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
        ),
      }),
      messageId: 'notEnforced',
    },
    {
      name: 'the deny applies to one principal only',
      resource: s3Bucket('one', { policy: policy(deny('one', { Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } })) }),
      messageId: 'notEnforced',
    },
  ],
});
