import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-cloudtrail-trail-log-file-validation-enabled',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  severity: 'medium',
  title: 'CloudTrail log file validation is enabled',
  description:
    'Checks that each trail the account owns has LogFileValidationEnabled. Organization trails owned by another account are assessed in that account.',
  rationale: 'Digest files signed by CloudTrail prove whether log files were modified or deleted after delivery, which an investigation and an auditor need.',
  remediation: {
    summary: 'Enable log file validation on the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    console: ['Open the CloudTrail console, choose Trails and the trail.', 'Edit "General details", select "Log file validation: Enabled" and save.'],
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
  ],
  reads: ['logFileValidationEnabled', 'ownerAccountId'],
  messages: {
    enabled: 'CloudTrail trail {{name}} has log file validation enabled.',
    disabled: 'CloudTrail trail {{name}} does not have log file validation enabled.',
    otherOwner: 'CloudTrail trail {{name}} is an organization trail owned by account {{owner}}: assess it there.',
  },
  evaluate(trail) {
    const { logFileValidationEnabled, ownerAccountId } = trail.properties;
    const evidence = { logFileValidationEnabled, ownerAccountId };
    if (ownerAccountId !== trail.account) return { status: 'NOT_APPLICABLE', messageId: 'otherOwner', data: { owner: ownerAccountId }, evidence };
    return logFileValidationEnabled ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
