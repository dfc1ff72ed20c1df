import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-vpc-flow-logs-enabled',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.vpc',
  severity: 'medium',
  title: 'VPC flow logs record rejected traffic in every VPC',
  description: 'Checks that each VPC has an active flow log capturing rejected traffic (traffic type REJECT or ALL), from ec2:DescribeFlowLogs.',
  rationale:
    'Flow logs show who tried to reach what: port scans, blocked exfiltration attempts and lateral movement are visible only in rejected traffic records.',
  remediation: {
    summary: 'Create a flow log for the VPC with traffic type REJECT (or ALL) to CloudWatch Logs or S3.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<flow-log-bucket>',
    console: [
      'Open the VPC console, choose "Your VPCs" and the VPC.',
      'On "Flow logs", choose "Create flow log", filter Reject (or All), pick the destination and create it.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  ],
  reads: ['flowLogs'],
  messages: {
    enabled: 'VPC {{name}} has an active flow log of {{traffic}} traffic.',
    acceptOnly: 'VPC {{name}} has flow logs, but none records rejected traffic.',
    inactive: 'VPC {{name}} has flow logs, but none is active.',
    none: 'VPC {{name}} has no flow log.',
  },
  evaluate(vpc) {
    const logs = vpc.properties.flowLogs;
    const evidence = { flowLogs: logs.map((l) => ({ id: l.flowLogId, trafficType: l.trafficType, status: l.flowLogStatus, delivery: l.deliverLogsStatus })) };
    if (logs.length === 0) return { status: 'FAIL', messageId: 'none', evidence };
    const active = logs.filter((l) => l.flowLogStatus === 'ACTIVE');
    if (active.length === 0) return { status: 'FAIL', messageId: 'inactive', evidence };
    const rejected = active.find((l) => l.trafficType === 'REJECT' || l.trafficType === 'ALL');
    if (!rejected) return { status: 'FAIL', messageId: 'acceptOnly', evidence };
    return { status: 'PASS', messageId: 'enabled', data: { traffic: (rejected.trafficType ?? '').toLowerCase() }, evidence };
  },
});
