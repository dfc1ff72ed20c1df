import { aclIngressFromAnywhere, ANYWHERE, CIS_ADMIN_PORTS, type IpFamily } from '../../../src/engine/helpers/network.js';
import { defineRule, type Outcome } from '../../../src/engine/rule.js';

type MessageId = 'restricted' | 'open';
const FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

export default defineRule({
  id: 'aws-ec2-network-acl-no-public-admin-ingress',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.network-acl',
  severity: 'medium',
  title: 'Network ACLs do not allow SSH or RDP from the internet',
  description:
    'Evaluates each network ACL the way AWS does (inbound entries in ascending rule-number order, the first match decides, a deny numbered before an allow wins) for TCP 22 and 3389 from 0.0.0.0/0 and ::/0. Entries with protocol -1 cover every port; TCP entries cover their port range.',
  rationale:
    'NACLs are the subnet-level backstop behind security groups: if they also admit SSH and RDP from anywhere, one permissive security group exposes the host.',
  remediation: {
    summary: 'Add a deny entry for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 numbered before the allow entries, or narrow the allow entries to trusted ranges.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    console: [
      'Open the VPC console, choose Network ACLs and the ACL.',
      'Edit inbound rules: add deny rules for ports 22 and 3389 from 0.0.0.0/0 and ::/0 with lower numbers than the allow rules, or narrow the allow rules.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
  ],
  reads: ['entries'],
  messages: {
    restricted: 'Network ACL {{name}} does not allow SSH or RDP from the internet.',
    open: 'Network ACL {{name}} allows TCP port {{port}} from {{cidr}} (rule {{rule}}).',
  },
  evaluate(acl) {
    const outcomes: Outcome<MessageId>[] = [];
    for (const family of FAMILIES) {
      for (const port of CIS_ADMIN_PORTS) {
        const decision = aclIngressFromAnywhere(acl.properties.entries, port, family);
        if (!decision.allowed || decision.entry === null) continue;
        const cidr = ANYWHERE[family];
        outcomes.push({
          status: 'FAIL',
          messageId: 'open',
          data: { port, cidr, rule: decision.entry.ruleNumber },
          findingKey: `tcp/${port}/${cidr}`,
          evidence: { port, cidr, decidingEntry: decision.entry, isDefault: acl.properties.isDefault, associatedSubnetIds: acl.properties.associatedSubnetIds },
        });
      }
    }
    return outcomes.length > 0
      ? outcomes
      : { status: 'PASS', messageId: 'restricted', evidence: { inboundEntries: acl.properties.entries.filter((e) => !e.egress).length } };
  },
});
