import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-cloudfront-distribution-logging-enabled',
  provider: 'aws',
  service: 'cloudfront',
  resourceType: 'aws.cloudfront.distribution',
  severity: 'low',
  title: 'CloudFront distributions have access logging enabled',
  description:
    'Checks that each enabled distribution logs its requests: legacy standard logging to S3 (DistributionConfig.Logging.Enabled) or standard logging v2 (a CloudWatch Logs delivery whose source is the distribution).',
  rationale: 'CloudFront is often the only place that sees every request to a site; without its logs, attacks that never reach the origin leave no trace.',
  remediation: {
    summary: 'Enable standard logging (v2) to CloudWatch Logs, S3 or Firehose, or legacy standard logging to an S3 bucket.',
    cli: 'aws cloudfront get-distribution-config --id <distribution-id> > config.json  # set Logging.Enabled=true and Logging.Bucket, then: aws cloudfront update-distribution --id <distribution-id> --if-match <etag> --distribution-config file://config.json',
    console: ['Open the CloudFront console and choose the distribution.', 'On Logging, choose "Add" for standard logging, pick the destination and save.'],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5',
  ],
  reads: ['enabled', 'standardLogging', 'logDeliveryCount'],
  messages: {
    logging: 'CloudFront distribution {{name}} logs its requests ({{how}}).',
    notLogging: 'CloudFront distribution {{name}} does not log its requests.',
    disabled: 'CloudFront distribution {{name}} is disabled.',
  },
  evaluate(distribution) {
    const { enabled, standardLogging, logDeliveryCount } = distribution.properties;
    const evidence = { enabled, standardLogging, logDeliveryCount };
    if (!enabled) return { status: 'NOT_APPLICABLE', messageId: 'disabled', evidence };
    if (standardLogging !== null) return { status: 'PASS', messageId: 'logging', data: { how: `S3 bucket ${standardLogging.bucket}` }, evidence };
    const deliveries = logDeliveryCount ?? missingData('the standard logging v2 deliveries of the distribution were not collected');
    if (deliveries > 0) return { status: 'PASS', messageId: 'logging', data: { how: `${deliveries} log delivery(ies)` }, evidence };
    return { status: 'FAIL', messageId: 'notLogging', evidence };
  },
});
