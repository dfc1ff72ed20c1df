import { awsAccount, cloudTrail } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudtrail-account-multi-region-trail-enabled.js';

const stopped = { isLogging: false, latestDeliveryTime: null, latestDeliveryError: null, latestCloudWatchLogsDeliveryTime: null };
const orgTrail = cloudTrail('org-trail', {
  ownerAccountId: '111111111111',
  isOrganizationTrail: true,
  status: null,
  eventSelectors: null,
  advancedEventSelectors: null,
});

testRule(rule, {
  valid: [
    { name: 'a logging multi-region trail for all management events', resource: awsAccount(), inventory: [cloudTrail('main')], messageId: 'enabled' },
    {
      name: 'one good trail among weaker ones',
      resource: awsAccount(),
      inventory: [cloudTrail('regional', { isMultiRegionTrail: false }), cloudTrail('main')],
      messageId: 'enabled',
    },
    {
      name: 'an organization trail whose status the member account can read',
      resource: awsAccount(),
      inventory: [cloudTrail('org-trail', { ownerAccountId: '111111111111', isOrganizationTrail: true })],
    },
    {
      name: 'advanced selectors for all management events',
      resource: awsAccount(),
      inventory: [
        cloudTrail('advanced', {
          eventSelectors: null,
          advancedEventSelectors: [
            {
              name: 'mgmt',
              fieldSelectors: [
                { field: 'eventCategory', equals: ['Management'], notEquals: [], startsWith: [], notStartsWith: [], endsWith: [], notEndsWith: [] },
              ],
            },
          ],
        }),
      ],
    },
  ],
  invalid: [
    { name: 'no trails', resource: awsAccount(), messageId: 'missing', evidence: { trails: [] } },
    { name: 'a single-region trail only', resource: awsAccount(), inventory: [cloudTrail('regional', { isMultiRegionTrail: false })], messageId: 'missing' },
    { name: 'a multi-region trail that was stopped', resource: awsAccount(), inventory: [cloudTrail('main', { status: stopped })], messageId: 'missing' },
    {
      name: 'write-only management events',
      resource: awsAccount(),
      inventory: [
        cloudTrail('main', {
          eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
        }),
      ],
      messageId: 'missing',
    },
    {
      name: 'KMS events excluded',
      resource: awsAccount(),
      inventory: [
        cloudTrail('main', {
          eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'], dataResources: [] }],
        }),
      ],
      messageId: 'missing',
    },
    {
      name: 'trails of another account do not count',
      resource: awsAccount(),
      inventory: [cloudTrail('main', {}, { account: '999999999999' })],
      messageId: 'missing',
    },
  ],
  notApplicable: [
    {
      name: 'an organization trail owned by the management account, status not readable',
      resource: awsAccount(),
      inventory: [orgTrail],
      messageId: 'elsewhere',
    },
    {
      name: 'a stopped local trail next to an unreadable organization trail',
      resource: awsAccount(),
      inventory: [cloudTrail('local', { status: stopped }), orgTrail],
      messageId: 'elsewhere',
    },
  ],
});
