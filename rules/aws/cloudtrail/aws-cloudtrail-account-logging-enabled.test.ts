import { awsAccount, cloudTrail } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudtrail-account-logging-enabled.js';

const status = (isLogging: boolean, latestDeliveryError: string | null = null, latestDeliveryTime: string | null = '2026-11-01T08:55:00.000Z') => ({
  isLogging,
  latestDeliveryTime,
  latestDeliveryError,
  latestCloudWatchLogsDeliveryTime: null,
});
const orgTrail = cloudTrail('org-trail', {
  ownerAccountId: '111111111111',
  isOrganizationTrail: true,
  status: null,
  eventSelectors: null,
  advancedEventSelectors: null,
});

testRule(rule, {
  valid: [
    { name: 'a logging multi-region trail', resource: awsAccount(), inventory: [cloudTrail('main')], messageId: 'logging' },
    {
      name: 'a single-region trail that is logging is enough for this check',
      resource: awsAccount(),
      inventory: [cloudTrail('regional', { isMultiRegionTrail: false })],
    },
    {
      name: 'a delivery error followed by a delivery this morning was transient',
      resource: awsAccount(),
      inventory: [cloudTrail('main', { status: status(true, 'AccessDenied') })],
    },
    { name: 'one stopped trail and one logging trail', resource: awsAccount(), inventory: [cloudTrail('old', { status: status(false) }), cloudTrail('main')] },
    {
      name: 'an organization trail whose status the member account can read',
      resource: awsAccount(),
      inventory: [cloudTrail('org-trail', { ownerAccountId: '111111111111', isOrganizationTrail: true })],
    },
  ],
  invalid: [
    { name: 'no trails', resource: awsAccount(), messageId: 'noTrails', evidence: { trails: [] } },
    { name: 'the only trail was stopped', resource: awsAccount(), inventory: [cloudTrail('main', { status: status(false) })], messageId: 'notLogging' },
    {
      name: 'logging but no S3 delivery since the bucket policy changed two weeks ago',
      resource: awsAccount(),
      inventory: [cloudTrail('main', { status: status(true, 'AccessDenied', '2026-10-18T10:00:00.000Z') })],
      messageId: 'deliveryFailing',
    },
    {
      name: 'logging with a delivery error and no delivery ever',
      resource: awsAccount(),
      inventory: [cloudTrail('main', { status: status(true, 'NoSuchBucket', null) })],
      messageId: 'deliveryFailing',
    },
    {
      name: 'a trail of another account does not count',
      resource: awsAccount(),
      inventory: [cloudTrail('main', {}, { account: '999999999999' })],
      messageId: 'noTrails',
    },
  ],
  notApplicable: [
    { name: 'only an organization trail whose status is not readable here', resource: awsAccount(), inventory: [orgTrail], messageId: 'elsewhere' },
  ],
});
