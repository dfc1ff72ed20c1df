import { describe, expect, it } from '@jest/globals';
import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { evaluateMonitoring, type MonitoringSpec } from '../../../src/engine/helpers/monitoring.js';
import { Inventory } from '../../../src/inventory/inventory.js';
import type { AnyResource } from '../../../src/resources/index.js';
import { alarmedMetricFilter, awsAccount, cloudTrail, cloudWatchAlarm, metricFilter, snsTopic } from '../../fixtures/aws/index.js';
import { monitoringChain } from '../../support/monitoring.js';

const NAMES = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const spec: MonitoringSpec = {
  what: 'CloudTrail changes',
  mustMatch: apiCalls('cloudtrail.amazonaws.com', NAMES),
  mustNotMatch: apiCalls('cloudtrail.amazonaws.com', ['DescribeTrails']),
};
const PATTERN = `{ ${NAMES.map((n) => `($.eventName = ${n})`).join(' || ')} }`;
const account = awsAccount();
const stopped = { isLogging: false, latestDeliveryTime: null, latestDeliveryError: null, latestCloudWatchLogsDeliveryTime: null };

function run(resources: readonly AnyResource[]) {
  const inventory = new Inventory({
    formatVersion: 1,
    tool: { name: 'cspm', version: 'test' },
    collectedAt: '2026-11-01T09:00:00.000Z',
    scopes: [],
    resources: [account, ...resources],
    errors: [],
  });
  return evaluateMonitoring(account, { now: inventory.collectedAt, inventory }, spec);
}

describe('evaluateMonitoring', () => {
  it('passes the whole chain and names each link', () => {
    expect(run(monitoringChain(PATTERN))).toMatchObject({
      status: 'PASS',
      data: { filter: 'cis-monitor', logGroup: 'cloudtrail', alarm: 'cis-monitor-alarm', topic: 'security-alerts' },
      evidence: { confirmedSubscriptions: 1 },
    });
  });

  it.each<[string, AnyResource[], string]>([
    ['a trail that is not logging', monitoringChain(PATTERN, { trail: { status: stopped } }), 'noTrail'],
    ['a single-region trail', monitoringChain(PATTERN, { trail: { isMultiRegionTrail: false } }), 'noTrail'],
    [
      'a trail recording write events only',
      monitoringChain(PATTERN, {
        trail: { eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }] },
      }),
      'noTrail',
    ],
    [
      'a filter on another log group',
      [cloudTrail('t'), metricFilter('f', PATTERN, { logGroupName: 'app-logs' }), cloudWatchAlarm('f-alarm', { metricName: 'f' }), snsTopic('security-alerts')],
      'noFilter',
    ],
    [
      'a filter in another region',
      [cloudTrail('t'), ...alarmedMetricFilter('f', PATTERN, {}, { region: 'eu-west-1' }), snsTopic('security-alerts')],
      'noFilter',
    ],
    ['an alarm with actions disabled', monitoringChain(PATTERN, { alarm: { actionsEnabled: false } }), 'noAlarm'],
    ['an alarm on the right metric name in another namespace', monitoringChain(PATTERN, { alarm: { namespace: 'Custom' } }), 'noAlarm'],
    ['an alarm with no actions', monitoringChain(PATTERN, { alarm: { alarmActions: [] } }), 'noSubscriber'],
    [
      'an alarm that notifies a topic missing from the inventory',
      monitoringChain(PATTERN, { alarm: { alarmActions: ['arn:aws:sns:us-east-1:123456789012:gone'] } }),
      'noSubscriber',
    ],
    ['a topic without subscriptions', monitoringChain(PATTERN, { topic: { subscriptions: [] } }), 'noSubscriber'],
  ])('fails on %s', (_name, resources, messageId) => {
    expect(run(resources)).toMatchObject({ status: 'FAIL', messageId });
  });

  it('passes when one of several filters, alarms and subscriptions is complete', () => {
    const resources = [
      cloudTrail('t'),
      ...alarmedMetricFilter('partial', '{ $.eventName = CreateTrail }'),
      ...alarmedMetricFilter('complete', PATTERN, {
        alarmActions: ['arn:aws:sns:us-east-1:123456789012:pending', 'arn:aws:sns:us-east-1:123456789012:security-alerts'],
      }),
      snsTopic('pending', { subscriptions: [{ subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'x@example.com' }] }),
      snsTopic('security-alerts', {
        subscriptions: [
          { subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'y@example.com' },
          { subscriptionArn: 'arn:aws:sns:us-east-1:123456789012:security-alerts:1', protocol: 'https', endpoint: 'https://hooks.example.com' },
        ],
      }),
    ];
    expect(run(resources)).toMatchObject({ status: 'PASS', data: { filter: 'complete', topic: 'security-alerts' } });
  });

  it('explains the closest filter when none matches', () => {
    const outcome = run(monitoringChain('{ ($.eventName = CreateTrail) || ($.eventName = DeleteTrail) }'));
    expect(outcome).toMatchObject({
      status: 'FAIL',
      messageId: 'noFilter',
      data: { detail: 'closest: cis-monitor, misses UpdateTrail, StartLogging, StopLogging' },
    });
  });

  it('says so when the log group has no filters at all', () => {
    expect(run([cloudTrail('t')])).toMatchObject({ status: 'FAIL', messageId: 'noFilter', data: { detail: 'the log group has no metric filters' } });
  });

  it('fails without a trail', () => {
    expect(run([])).toMatchObject({ status: 'FAIL', messageId: 'noTrail', evidence: { trails: [] } });
  });
});
