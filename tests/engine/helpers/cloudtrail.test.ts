import { describe, expect, it } from '@jest/globals';
import { logsAllManagementEvents, logsS3ObjectEvents, trailCoversRegion, trailLogGroup } from '../../../src/engine/helpers/cloudtrail.js';
import type { AdvancedFieldSelector, CloudTrailTrail } from '../../../src/resources/aws/index.js';
import { cloudTrail } from '../../fixtures/aws/index.js';

const BUCKET = 'arn:aws:s3:::reports';
const trail = (props: Partial<CloudTrailTrail> = {}): CloudTrailTrail => cloudTrail('t', props).properties;
const field = (name: string, ops: Partial<Omit<AdvancedFieldSelector, 'field'>>): AdvancedFieldSelector => ({
  field: name,
  equals: [],
  notEquals: [],
  startsWith: [],
  notStartsWith: [],
  endsWith: [],
  notEndsWith: [],
  ...ops,
});
const advanced = (...fieldSelectors: AdvancedFieldSelector[][]): Partial<CloudTrailTrail> => ({
  eventSelectors: null,
  advancedEventSelectors: fieldSelectors.map((f) => ({ name: null, fieldSelectors: f })),
});
const basic = (readWriteType: string, values: string[] = [], extra: { includeManagementEvents?: boolean; excludeManagementEventSources?: string[] } = {}) => ({
  eventSelectors: [
    {
      readWriteType,
      includeManagementEvents: extra.includeManagementEvents ?? true,
      excludeManagementEventSources: extra.excludeManagementEventSources ?? [],
      dataResources: values.length > 0 ? [{ type: 'AWS::S3::Object', values }] : [],
    },
  ],
  advancedEventSelectors: null,
});

describe('logsAllManagementEvents', () => {
  it.each<[string, Partial<CloudTrailTrail>, boolean | null]>([
    ['basic, All', basic('All'), true],
    ['basic, WriteOnly', basic('WriteOnly'), false],
    ['basic, All but KMS events excluded', basic('All', [], { excludeManagementEventSources: ['kms.amazonaws.com'] }), false],
    ['basic, management events off', basic('All', [], { includeManagementEvents: false }), false],
    ['advanced, Management without a readOnly filter', advanced([field('eventCategory', { equals: ['Management'] })]), true],
    ['advanced, read-only management events', advanced([field('eventCategory', { equals: ['Management'] }), field('readOnly', { equals: ['true'] })]), false],
    [
      'advanced, read and write in two selectors',
      advanced(
        [field('eventCategory', { equals: ['Management'] }), field('readOnly', { equals: ['true'] })],
        [field('eventCategory', { equals: ['Management'] }), field('readOnly', { equals: ['false'] })],
      ),
      true,
    ],
    [
      'advanced, RDS Data API excluded',
      advanced([field('eventCategory', { equals: ['Management'] }), field('eventSource', { notEquals: ['rdsdata.amazonaws.com'] })]),
      false,
    ],
    ['selectors not readable (organisation trail)', { eventSelectors: null, advancedEventSelectors: null }, null],
  ])('%s', (_name, props, expected) => {
    expect(logsAllManagementEvents(trail(props))).toBe(expected);
  });
});

describe('logsS3ObjectEvents', () => {
  it.each<[string, Partial<CloudTrailTrail>, 'read' | 'write', boolean | null]>([
    ['basic, all buckets, All', basic('All', ['arn:aws:s3']), 'read', true],
    ['basic, all buckets written as arn:aws:s3:::', basic('WriteOnly', ['arn:aws:s3:::']), 'write', true],
    ['basic, this bucket, WriteOnly, asked for read', basic('WriteOnly', [`${BUCKET}/`]), 'read', false],
    ['basic, another bucket', basic('All', ['arn:aws:s3:::other/']), 'write', false],
    ['basic, management events only', basic('All'), 'write', false],
    [
      'advanced, S3 objects, write only',
      advanced([
        field('eventCategory', { equals: ['Data'] }),
        field('resources.type', { equals: ['AWS::S3::Object'] }),
        field('readOnly', { equals: ['false'] }),
      ]),
      'write',
      true,
    ],
    [
      'advanced, S3 objects, write only, asked for read',
      advanced([
        field('eventCategory', { equals: ['Data'] }),
        field('resources.type', { equals: ['AWS::S3::Object'] }),
        field('readOnly', { equals: ['false'] }),
      ]),
      'read',
      false,
    ],
    [
      'advanced, this bucket by ARN prefix',
      advanced([
        field('eventCategory', { equals: ['Data'] }),
        field('resources.type', { equals: ['AWS::S3::Object'] }),
        field('resources.ARN', { startsWith: [`${BUCKET}/`] }),
      ]),
      'read',
      true,
    ],
    [
      'advanced, every bucket but this one',
      advanced([
        field('eventCategory', { equals: ['Data'] }),
        field('resources.type', { equals: ['AWS::S3::Object'] }),
        field('resources.ARN', { notStartsWith: [`${BUCKET}/`] }),
      ]),
      'read',
      false,
    ],
    [
      'advanced, filtered on a field the scanner cannot simulate',
      advanced([
        field('eventCategory', { equals: ['Data'] }),
        field('resources.type', { equals: ['AWS::S3::Object'] }),
        field('userIdentity.arn', { startsWith: ['arn:aws:iam::1'] }),
      ]),
      'read',
      false,
    ],
    ['selectors not readable', { eventSelectors: null, advancedEventSelectors: null }, 'read', null],
  ])('%s', (_name, props, kind, expected) => {
    expect(logsS3ObjectEvents(trail(props), BUCKET, kind)).toBe(expected);
  });
});

describe('trail placement', () => {
  it('parses the log group ARN with or without the :* suffix', () => {
    expect(trailLogGroup(trail())).toEqual({ account: '123456789012', region: 'us-east-1', name: 'cloudtrail' });
    expect(trailLogGroup(trail({ cloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:111111111111:log-group:org/trail' }))).toEqual({
      account: '111111111111',
      region: 'eu-west-1',
      name: 'org/trail',
    });
    expect(trailLogGroup(trail({ cloudWatchLogsLogGroupArn: null }))).toBeNull();
  });

  it('covers every region when multi-region, only the home region otherwise', () => {
    expect(trailCoversRegion(trail(), 'ap-south-1')).toBe(true);
    expect(trailCoversRegion(trail({ isMultiRegionTrail: false }), 'ap-south-1')).toBe(false);
    expect(trailCoversRegion(trail({ isMultiRegionTrail: false }), 'us-east-1')).toBe(true);
  });
});
