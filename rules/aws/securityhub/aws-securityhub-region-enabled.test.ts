import { awsRegion, securityHubHub } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-securityhub-region-enabled.js';

const region = awsRegion('us-east-1');

testRule(rule, {
  valid: [
    { name: 'enabled with the CIS standard', resource: region, inventory: [securityHubHub()], messageId: 'enabled' },
    { name: 'enabled without standards (aggregation only)', resource: region, inventory: [securityHubHub({ enabledStandards: [] })] },
  ],
  invalid: [
    { name: 'not enabled', resource: region, messageId: 'disabled', evidence: { hub: null } },
    { name: 'enabled in another region only', resource: region, inventory: [securityHubHub({}, { region: 'eu-west-1' })], messageId: 'disabled' },
    {
      name: 'enabled in the same region of another account only',
      resource: region,
      inventory: [securityHubHub({}, { account: '999999999999' })],
      messageId: 'disabled',
    },
  ],
});
