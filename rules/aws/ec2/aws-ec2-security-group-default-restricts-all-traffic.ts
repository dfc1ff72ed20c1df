import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-security-group-default-restricts-all-traffic',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  severity: 'medium',
  title: 'The default security group of every VPC allows no traffic',
  description: 'Checks that each VPC default security group (group name "default") has no inbound and no outbound rules. Other groups are not applicable.',
  rationale:
    'Resources launched without an explicit group land in the default group; if it allows traffic (by default, everything between its members and all outbound), mistakes are silently reachable.',
  remediation: {
    summary: 'Remove every inbound and outbound rule from the default security group and give resources purpose-built groups instead.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-group-id> --ip-permissions file://default-ingress.json && aws ec2 revoke-security-group-egress --group-id <default-group-id> --ip-permissions file://default-egress.json',
    console: [
      'Open the VPC console, choose Security Groups and the group named "default" of the VPC.',
      'Delete all inbound rules and all outbound rules, then save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
  ],
  reads: ['groupName', 'ingress', 'egress'],
  messages: {
    restricted: 'Default security group {{name}} of {{vpc}} has no rules.',
    open: 'Default security group {{name}} of {{vpc}} has {{inbound}} inbound and {{outbound}} outbound rule(s).',
    notDefault: 'Security group {{name}} is not a default security group.',
  },
  evaluate(group) {
    const { groupName, vpcId, ingress, egress, attachedInterfaceCount } = group.properties;
    if (groupName !== 'default') return { status: 'NOT_APPLICABLE', messageId: 'notDefault', evidence: { groupName } };
    const data = { vpc: vpcId ?? 'its VPC', inbound: ingress.length, outbound: egress.length };
    const evidence = { groupName, vpcId, ingress, egress, attachedInterfaceCount };
    return ingress.length + egress.length === 0
      ? { status: 'PASS', messageId: 'restricted', data, evidence }
      : { status: 'FAIL', messageId: 'open', data, evidence };
  },
});
