import { cloudFrontDistribution } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudfront-distribution-logging-enabled.js';

testRule(rule, {
  valid: [
    { name: 'legacy standard logging to S3', resource: cloudFrontDistribution('E1ABCDEF'), messageId: 'logging' },
    { name: 'standard logging v2 to CloudWatch Logs', resource: cloudFrontDistribution('E2ABCDEF', { standardLogging: null, logDeliveryCount: 1 }) },
  ],
  invalid: [
    { name: 'no logging of any kind', resource: cloudFrontDistribution('E3ABCDEF', { standardLogging: null, logDeliveryCount: 0 }), messageId: 'notLogging' },
  ],
  notApplicable: [
    { name: 'a disabled distribution', resource: cloudFrontDistribution('E4ABCDEF', { enabled: false, standardLogging: null }), messageId: 'disabled' },
  ],
  error: [
    {
      name: 'v2 deliveries unknown and no legacy logging',
      resource: cloudFrontDistribution('E5ABCDEF', { standardLogging: null, logDeliveryCount: null }),
      message: 'were not collected',
    },
  ],
});
