import { awsRegion, macieSession } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-macie-region-enabled.js';

const region = awsRegion('us-east-1');

testRule(rule, {
  valid: [{ name: 'enabled in the region', resource: region, inventory: [macieSession()], messageId: 'enabled' }],
  invalid: [
    { name: 'no Macie session (not enabled)', resource: region, messageId: 'disabled', evidence: { status: null } },
    { name: 'paused', resource: region, inventory: [macieSession({ status: 'PAUSED' })], messageId: 'paused' },
    { name: 'enabled in another region only', resource: region, inventory: [macieSession({}, { region: 'eu-west-1' })], messageId: 'disabled' },
  ],
});
