import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-kms-key-disabling-or-deletion-monitored',
  severity: 'medium',
  title: 'Disabling or scheduled deletion of customer managed KMS keys is monitored',
  rationale:
    'Data encrypted under a deleted key is lost for good; disabling or scheduling deletion of a key is also a ransomware technique. The waiting period only helps if someone is told.',
  cisPattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  what: 'disabling or scheduled deletion of KMS keys',
  mustMatch: apiCalls('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion']),
  mustNotMatch: apiCalls('kms.amazonaws.com', ['Decrypt', 'DescribeKey']),
});
