import { accessAnalyzer, awsRegion } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-accessanalyzer-region-enabled.js';

const region = awsRegion('eu-west-1');
const EU = { region: 'eu-west-1' };

testRule(rule, {
  valid: [
    { name: 'an active account analyzer in the region', resource: region, inventory: [accessAnalyzer('external', {}, EU)], messageId: 'enabled' },
    { name: 'an organization analyzer', resource: region, inventory: [accessAnalyzer('org', { analyzerType: 'ORGANIZATION' }, EU)] },
  ],
  invalid: [
    { name: 'no analyzer', resource: region, messageId: 'disabled', evidence: { analyzers: [] } },
    {
      name: 'an analyzer in another region only',
      resource: region,
      inventory: [accessAnalyzer('external', {}, { region: 'us-east-1' })],
      messageId: 'disabled',
    },
    {
      name: 'only an unused-access analyzer',
      resource: region,
      inventory: [accessAnalyzer('unused', { analyzerType: 'ACCOUNT_UNUSED_ACCESS' }, EU)],
      messageId: 'disabled',
    },
    { name: 'an analyzer that failed to create', resource: region, inventory: [accessAnalyzer('broken', { status: 'FAILED' }, EU)], messageId: 'disabled' },
  ],
});
