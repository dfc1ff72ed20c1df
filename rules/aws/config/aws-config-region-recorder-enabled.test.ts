import { awsRegion, configRecorder } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-config-region-recorder-enabled.js';

const region = awsRegion('us-east-1');

testRule(rule, {
  valid: [
    { name: 'recording all resource types', resource: region, inventory: [configRecorder()], messageId: 'recording' },
    { name: 'still pending its first delivery', resource: region, inventory: [configRecorder({ lastStatus: 'PENDING' })] },
  ],
  invalid: [
    { name: 'no recorder', resource: region, messageId: 'noRecorder' },
    { name: 'recorder stopped', resource: region, inventory: [configRecorder({ recording: false })], messageId: 'incomplete' },
    {
      name: 'only two resource types recorded',
      resource: region,
      inventory: [configRecorder({ allSupported: false, resourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket'] })],
      messageId: 'incomplete',
    },
    { name: 'the last recording failed (role permissions)', resource: region, inventory: [configRecorder({ lastStatus: 'FAILURE' })], messageId: 'incomplete' },
    { name: 'a recorder in another region only', resource: region, inventory: [configRecorder({}, { region: 'eu-west-1' })], messageId: 'noRecorder' },
  ],
});
