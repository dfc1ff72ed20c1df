import { olderThan, parseDate } from '../../../src/engine/helpers/dates.js';
import { defineRule } from '../../../src/engine/rule.js';
import type { CloudTrailTrail } from '../../../src/resources/aws/index.js';

function deliversToS3(status: CloudTrailTrail['status'], now: Date): boolean {
  if (status?.latestDeliveryError == null) return true;
  const last = parseDate(status.latestDeliveryTime);
  return last !== null && !olderThan(last, 1, now);
}

export default defineRule({
  id: 'aws-cloudtrail-account-logging-enabled',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.account',
  severity: 'high',
  title: 'CloudTrail is enabled and logging in the account',
  description:
    'Checks that at least one CloudTrail trail that applies to the account (its own, or an organization trail) is logging and delivering its log files to S3 (GetTrailStatus IsLogging; a LatestDeliveryError with no successful delivery in the last day means it is not). An organization trail whose status this account cannot read makes the result not applicable: assess it in the owning account.',
  rationale: 'Without an active trail there is no durable record of API activity: incidents cannot be investigated and threat detection has nothing to read.',
  remediation: {
    summary: 'Create a multi-region trail that delivers to a dedicated S3 bucket, or start logging on the existing trail.',
    cli: 'aws cloudtrail create-trail --name management-events --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name management-events',
    console: [
      'Open the CloudTrail console and choose Trails, then "Create trail".',
      'Apply it to all regions, choose an S3 bucket and create it; for an existing trail, choose "Start logging".',
    ],
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html'],
  requires: { 'aws.cloudtrail.trail': 'account' },
  messages: {
    logging: 'Account {{name}} has CloudTrail logging through {{trails}}.',
    noTrails: 'Account {{name}} has no CloudTrail trail.',
    notLogging: 'Account {{name}} has CloudTrail trails ({{trails}}) but none is logging.',
    deliveryFailing: 'Account {{name}} has CloudTrail trails logging ({{trails}}) but their delivery to S3 fails: {{error}}.',
    elsewhere: 'Account {{name}} relies on organization trail {{trails}} owned by account {{owner}}, whose status can only be verified there.',
  },
  evaluate(account, ctx) {
    const trails = ctx.inventory.list('aws.cloudtrail.trail', { account: account.account });
    const summary = trails.map((t) => ({
      arn: t.id,
      homeRegion: t.properties.homeRegion,
      isMultiRegionTrail: t.properties.isMultiRegionTrail,
      isOrganizationTrail: t.properties.isOrganizationTrail,
      isLogging: t.properties.status?.isLogging ?? null,
      latestDeliveryError: t.properties.status?.latestDeliveryError ?? null,
      latestDeliveryTime: t.properties.status?.latestDeliveryTime ?? null,
    }));
    if (trails.length === 0) return { status: 'FAIL', messageId: 'noTrails', evidence: { trails: [] } };
    const evidence = { trails: summary };
    const logging = trails.filter((t) => t.properties.status?.isLogging === true);
    // A trail that logs but has not delivered to its bucket for a day (a broken bucket policy or KMS
    // key) records nothing durable; an error followed by recent deliveries was transient.
    const delivering = logging.filter((t) => deliversToS3(t.properties.status, ctx.now));
    if (delivering.length > 0) return { status: 'PASS', messageId: 'logging', data: { trails: delivering.map((t) => t.name).join(', ') }, evidence };
    const unreadable = trails.find((t) => t.properties.status === null && t.properties.ownerAccountId !== account.account);
    if (unreadable)
      return { status: 'NOT_APPLICABLE', messageId: 'elsewhere', data: { trails: unreadable.name, owner: unreadable.properties.ownerAccountId }, evidence };
    if (logging.length > 0) {
      const error = logging[0]?.properties.status?.latestDeliveryError ?? 'unknown error';
      return { status: 'FAIL', messageId: 'deliveryFailing', data: { trails: logging.map((t) => t.name).join(', '), error }, evidence };
    }
    return { status: 'FAIL', messageId: 'notLogging', data: { trails: trails.map((t) => t.name).join(', ') }, evidence };
  },
});
