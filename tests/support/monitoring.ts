/** Inventories for the CIS monitoring rules: a trail, a metric filter with an alarm, and the SNS topic it notifies. */
import type { AnyResource } from '../../src/resources/index.js';
import type { CloudTrailTrail, CloudWatchAlarm, SnsTopic } from '../../src/resources/aws/index.js';
import { alarmedMetricFilter, cloudTrail, snsTopic } from '../fixtures/aws/index.js';

export interface ChainOptions {
  readonly trail?: Partial<CloudTrailTrail>;
  readonly alarm?: Partial<CloudWatchAlarm>;
  readonly topic?: Partial<SnsTopic>;
}

/** The whole compliant chain around one filter pattern; override a link to break it. */
export function monitoringChain(pattern: string, options: ChainOptions = {}): AnyResource[] {
  return [
    cloudTrail('management-events', options.trail ?? {}),
    ...alarmedMetricFilter('cis-monitor', pattern, options.alarm ?? {}),
    snsTopic('security-alerts', options.topic ?? {}),
  ];
}
