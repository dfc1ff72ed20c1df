/** The truth table shared by the S3 object-level read and write logging rules, mirrored by kind. */
import type { ObjectLoggingMessageId } from '../../src/engine/helpers/cloudtrail.js';
import type { CloudTrailTrail } from '../../src/resources/aws/index.js';
import { cloudTrail, s3Bucket } from '../fixtures/aws/index.js';
import type { RuleCases } from './rule-tester.js';

const bucket = s3Bucket('orders-data');
const dataEvents = (readWriteType: string, values: string[]): Partial<CloudTrailTrail> => ({
  eventSelectors: [{ readWriteType, includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [{ type: 'AWS::S3::Object', values }] }],
});
const field = (name: string, equals: string[]) => ({ field: name, equals, notEquals: [], startsWith: [], notStartsWith: [], endsWith: [], notEndsWith: [] });
const advanced = (readOnly: string | null): Partial<CloudTrailTrail> => ({
  eventSelectors: null,
  advancedEventSelectors: [
    {
      name: 'S3',
      fieldSelectors: [
        field('eventCategory', ['Data']),
        field('resources.type', ['AWS::S3::Object']),
        ...(readOnly === null ? [] : [field('readOnly', [readOnly])]),
      ],
    },
  ],
});
const stopped = { isLogging: false, latestDeliveryTime: null, latestDeliveryError: null, latestCloudWatchLogsDeliveryTime: null };

export function objectLoggingCases(kind: 'read' | 'write'): RuleCases<'aws.s3.bucket', ObjectLoggingMessageId> {
  const [own, other] = kind === 'read' ? ['ReadOnly', 'WriteOnly'] : ['WriteOnly', 'ReadOnly'];
  const [ownFlag, otherFlag] = kind === 'read' ? ['true', 'false'] : ['false', 'true'];
  return {
    valid: [
      { name: `all buckets, ${own}`, resource: bucket, inventory: [cloudTrail('data', dataEvents(own, ['arn:aws:s3']))], messageId: 'logged' },
      { name: 'this bucket by prefix, All', resource: bucket, inventory: [cloudTrail('data', dataEvents('All', ['arn:aws:s3:::orders-data/']))] },
      { name: 'advanced selector without a readOnly filter', resource: bucket, inventory: [cloudTrail('data', advanced(null))] },
      { name: `advanced selector for readOnly ${ownFlag}`, resource: bucket, inventory: [cloudTrail('data', advanced(ownFlag))] },
      {
        name: 'a single-region trail in the bucket region',
        resource: bucket,
        inventory: [cloudTrail('regional', { isMultiRegionTrail: false, ...dataEvents('All', ['arn:aws:s3']) })],
      },
    ],
    invalid: [
      { name: 'management events only', resource: bucket, inventory: [cloudTrail('main')], messageId: 'notLogged' },
      { name: 'no trails', resource: bucket, messageId: 'notLogged' },
      { name: `${other} data events only`, resource: bucket, inventory: [cloudTrail('data', dataEvents(other, ['arn:aws:s3']))], messageId: 'notLogged' },
      {
        name: `advanced selector for readOnly ${otherFlag} only`,
        resource: bucket,
        inventory: [cloudTrail('data', advanced(otherFlag))],
        messageId: 'notLogged',
      },
      {
        name: 'another bucket only',
        resource: bucket,
        inventory: [cloudTrail('data', dataEvents('All', ['arn:aws:s3:::other-bucket/']))],
        messageId: 'notLogged',
      },
      {
        name: 'the data-event trail is stopped',
        resource: bucket,
        inventory: [cloudTrail('data', { ...dataEvents('All', ['arn:aws:s3']), status: stopped })],
        messageId: 'notLogged',
      },
      {
        name: 'a single-region trail in another region',
        resource: bucket,
        inventory: [cloudTrail('regional', { isMultiRegionTrail: false, ...dataEvents('All', ['arn:aws:s3']) }, { region: 'eu-west-1' })],
        messageId: 'notLogged',
      },
    ],
    notApplicable: [
      {
        name: 'an organization trail whose selectors this account cannot read',
        resource: bucket,
        inventory: [
          cloudTrail('org', { ownerAccountId: '111111111111', isOrganizationTrail: true, status: null, eventSelectors: null, advancedEventSelectors: null }),
        ],
        messageId: 'elsewhere',
      },
    ],
  };
}
