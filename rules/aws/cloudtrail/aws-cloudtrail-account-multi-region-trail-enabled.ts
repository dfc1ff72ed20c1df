import { logsAllManagementEvents, trailIsLogging } from '../../../src/engine/helpers/cloudtrail.js';
import { defineRule } from '../../../src/engine/rule.js';
import type { CloudTrailTrail } from '../../../src/resources/aws/index.js';

function shortcoming(t: CloudTrailTrail): string | null {
  if (!t.isMultiRegionTrail) return 'single-region';
  const logging = trailIsLogging(t);
  if (logging === false) return 'not logging';
  const management = logsAllManagementEvents(t);
  if (management === false) return 'not recording all read and write management events';
  if (logging === null || management === null) return 'status not readable from this account';
  return null;
}

export default defineRule({
  id: 'aws-cloudtrail-account-multi-region-trail-enabled',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.account',
  severity: 'high',
  title: 'A multi-region CloudTrail trail records all management events',
  description:
    'Checks that the account has at least one multi-region trail (its own or an organization trail) that is logging and records all read and write management events with no event source excluded. An organization trail whose status this account cannot read makes the result not applicable: assess it in the owning account.',
  rationale:
    'A multi-region trail records API activity in every region, including regions nobody uses, where attackers like to operate; partial trails leave blind spots.',
  remediation: {
    summary: 'Create a multi-region trail for all management events (read and write), or convert the existing trail and start logging.',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail --include-global-service-events && aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && aws cloudtrail start-logging --name <trail>',
    console: [
      'Open the CloudTrail console and choose Trails, then the trail (or "Create trail").',
      'Apply it to all regions, select Management events with API activity Read and Write, and make sure logging is on.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
  ],
  requires: { 'aws.cloudtrail.trail': 'account' },
  messages: {
    enabled: 'Account {{name}} records all management events in every region with trail {{trails}}.',
    missing: 'Account {{name}} has no multi-region trail recording all management events ({{why}}).',
    elsewhere: 'Account {{name}} relies on organization trail {{trails}} owned by account {{owner}}, whose status can only be verified there.',
  },
  evaluate(account, ctx) {
    const trails = ctx.inventory.list('aws.cloudtrail.trail', { account: account.account });
    const assessed = trails.map((t) => ({ trail: t, problem: shortcoming(t.properties) }));
    const evidence = { trails: assessed.map(({ trail, problem }) => ({ name: trail.name, owner: trail.properties.ownerAccountId, problem })) };
    const good = assessed.filter((a) => a.problem === null);
    if (good.length > 0) return { status: 'PASS', messageId: 'enabled', data: { trails: good.map((a) => a.trail.name).join(', ') }, evidence };
    const unreadable = assessed.find((a) => a.problem === 'status not readable from this account' && a.trail.properties.ownerAccountId !== account.account);
    if (unreadable) {
      return {
        status: 'NOT_APPLICABLE',
        messageId: 'elsewhere',
        data: { trails: unreadable.trail.name, owner: unreadable.trail.properties.ownerAccountId },
        evidence,
      };
    }
    const why = assessed.length === 0 ? 'no trails' : assessed.map((a) => `${a.trail.name}: ${a.problem ?? ''}`).join('; ');
    return { status: 'FAIL', messageId: 'missing', data: { why }, evidence };
  },
});
