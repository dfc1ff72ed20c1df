import { ec2Instance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-instance-imdsv2-required.js';

testRule(rule, {
  valid: [
    { name: 'tokens required', resource: ec2Instance('i-1'), messageId: 'required' },
    {
      name: 'metadata service turned off',
      resource: ec2Instance('i-2', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled', httpPutResponseHopLimit: 1 } }),
      messageId: 'disabled',
    },
  ],
  invalid: [
    {
      name: 'IMDSv1 still accepted',
      resource: ec2Instance('i-3', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 } }),
      messageId: 'optional',
    },
    {
      name: 'a stopped instance will start with IMDSv1',
      resource: ec2Instance('i-4', { state: 'stopped', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 } }),
      messageId: 'optional',
    },
  ],
  notApplicable: [{ name: 'terminated', resource: ec2Instance('i-5', { state: 'terminated', metadataOptions: null }), messageId: 'terminated' }],
  error: [{ name: 'metadata options not reported', resource: ec2Instance('i-6', { metadataOptions: null }), message: 'metadata options were not collected' }],
});
