import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import { defineMonitoringRule } from '../../../src/engine/helpers/monitoring.js';

export default defineMonitoringRule({
  id: 'aws-cloudwatch-account-vpc-changes-monitored',
  severity: 'low',
  title: 'VPC changes are monitored',
  rationale: 'New VPCs and peering connections change what can talk to what across networks and accounts; they should be deliberate and known.',
  cisPattern:
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  what: 'VPC changes',
  mustMatch: apiCalls('ec2.amazonaws.com', [
    'CreateVpc',
    'DeleteVpc',
    'ModifyVpcAttribute',
    'AcceptVpcPeeringConnection',
    'CreateVpcPeeringConnection',
    'DeleteVpcPeeringConnection',
    'RejectVpcPeeringConnection',
    'AttachClassicLinkVpc',
    'DetachClassicLinkVpc',
    'DisableVpcClassicLink',
    'EnableVpcClassicLink',
  ]),
  mustNotMatch: apiCalls('ec2.amazonaws.com', ['DescribeVpcs', 'RunInstances']),
});
