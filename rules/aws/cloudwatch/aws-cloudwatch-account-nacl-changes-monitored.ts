import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-nacl-changes-monitored',
  severity: 'low',
  title: 'Network ACL changes are monitored',
  rationale: 'Network ACLs are the subnet-wide guard rail; a changed entry can expose every instance in a subnet at once.',
  cisPattern:
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  what: 'network ACL changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'CreateNetworkAcl',
    'CreateNetworkAclEntry',
    'DeleteNetworkAcl',
    'DeleteNetworkAclEntry',
    'ReplaceNetworkAclEntry',
    'ReplaceNetworkAclAssociation',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeNetworkAcls', 'RunInstances']),
});
