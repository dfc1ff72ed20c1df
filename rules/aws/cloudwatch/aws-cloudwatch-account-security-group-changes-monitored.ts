import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-security-group-changes-monitored',
  severity: 'low',
  title: 'Security group changes are monitored',
  rationale:
    'One security group rule can open a database or an admin port to the internet; seeing each change lets the team undo an accidental or malicious opening quickly.',
  cisPattern:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  what: 'security group changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'AuthorizeSecurityGroupIngress',
    'AuthorizeSecurityGroupEgress',
    'RevokeSecurityGroupIngress',
    'RevokeSecurityGroupEgress',
    'CreateSecurityGroup',
    'DeleteSecurityGroup',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeSecurityGroups', 'RunInstances']),
});
