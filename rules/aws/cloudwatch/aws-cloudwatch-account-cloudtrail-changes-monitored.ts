import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-cloudtrail-changes-monitored',
  severity: 'medium',
  title: 'CloudTrail configuration changes are monitored',
  rationale:
    'Stopping or redirecting the trail is the first thing an intruder does to hide; an immediate alert is the only chance to notice before the gap in the logs.',
  cisPattern:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  what: 'CloudTrail configuration changes',
  mustMatch: apiCalls('cloudtrail.amazonaws.com', ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging']),
  mustNotMatch: apiCalls('cloudtrail.amazonaws.com', ['DescribeTrails', 'LookupEvents']),
});
