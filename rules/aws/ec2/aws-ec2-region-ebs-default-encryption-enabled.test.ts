import { awsRegion, ebsDefaultEncryption } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-region-ebs-default-encryption-enabled.js';

const region = awsRegion('us-east-1');

testRule(rule, {
  valid: [
    { name: 'enabled with the AWS managed key', resource: region, inventory: [ebsDefaultEncryption()], messageId: 'enabled' },
    { name: 'enabled with a customer key', resource: region, inventory: [ebsDefaultEncryption({ kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' })] },
  ],
  invalid: [
    { name: 'disabled', resource: region, inventory: [ebsDefaultEncryption({ enabled: false })], messageId: 'disabled', evidence: { enabled: false } },
    { name: 'enabled in another region only', resource: region, inventory: [ebsDefaultEncryption({}, { region: 'eu-west-1' })], messageId: 'disabled' },
  ],
});
