import { NACL_DEFAULT_DENY, naclEntry, networkAcl } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-network-acl-no-public-admin-ingress.js';

const allowAll4 = naclEntry({ ruleNumber: 100, protocol: '-1', portRange: null });
const allowAll6 = naclEntry({ ruleNumber: 101, protocol: '-1', portRange: null, cidrBlock: null, ipv6CidrBlock: '::/0' });

testRule(rule, {
  valid: [
    { name: 'HTTPS and ephemeral ports only', resource: networkAcl('acl-1'), messageId: 'restricted' },
    {
      name: 'a deny for 22 and 3389 numbered before an allow-all',
      resource: networkAcl('acl-2', {
        entries: [
          naclEntry({ ruleNumber: 10, ruleAction: 'deny', portRange: { from: 22, to: 22 } }),
          naclEntry({ ruleNumber: 20, ruleAction: 'deny', portRange: { from: 3389, to: 3389 } }),
          naclEntry({ ruleNumber: 30, ruleAction: 'deny', portRange: { from: 22, to: 22 }, cidrBlock: null, ipv6CidrBlock: '::/0' }),
          naclEntry({ ruleNumber: 40, ruleAction: 'deny', portRange: { from: 3389, to: 3389 }, cidrBlock: null, ipv6CidrBlock: '::/0' }),
          allowAll4,
          allowAll6,
          ...NACL_DEFAULT_DENY,
        ],
      }),
    },
    {
      name: 'SSH allowed from an office range only',
      resource: networkAcl('acl-3', { entries: [naclEntry({ portRange: { from: 22, to: 22 }, cidrBlock: '203.0.113.0/24' }), ...NACL_DEFAULT_DENY] }),
    },
    {
      name: 'UDP everywhere is not SSH or RDP',
      resource: networkAcl('acl-4', { entries: [naclEntry({ protocol: '17', portRange: { from: 0, to: 65535 } }), ...NACL_DEFAULT_DENY] }),
    },
    {
      name: 'an egress allow-all does not admit inbound traffic',
      resource: networkAcl('acl-5', { entries: [naclEntry({ egress: true, protocol: '-1', portRange: null }), ...NACL_DEFAULT_DENY] }),
    },
  ],
  invalid: [
    {
      name: 'the default NACL (allow all, IPv4 and IPv6): four findings',
      resource: networkAcl('acl-6', { isDefault: true, entries: [allowAll4, allowAll6, ...NACL_DEFAULT_DENY] }),
      messageId: 'open',
      failures: 4,
    },
    {
      name: 'an allow numbered before the deny wins (rule order, not file order)',
      resource: networkAcl('acl-7', {
        entries: [
          naclEntry({ ruleNumber: 200, ruleAction: 'deny', portRange: { from: 22, to: 22 } }),
          naclEntry({ ruleNumber: 100, portRange: { from: 0, to: 1023 } }),
          ...NACL_DEFAULT_DENY,
        ],
      }),
      messageId: 'open',
      findingKey: 'tcp/22/0.0.0.0/0',
      failures: 1,
      evidence: { decidingEntry: { ruleNumber: 100 } },
    },
    {
      name: 'a port range that contains 3389',
      resource: networkAcl('acl-8', { entries: [naclEntry({ portRange: { from: 1024, to: 65535 } }), ...NACL_DEFAULT_DENY] }),
      messageId: 'open',
      findingKey: 'tcp/3389/0.0.0.0/0',
      failures: 1,
    },
    {
      name: 'IPv6 only: a deny for IPv4 does not cover ::/0',
      resource: networkAcl('acl-9', {
        entries: [naclEntry({ ruleNumber: 10, ruleAction: 'deny', protocol: '-1', portRange: null }), allowAll6, ...NACL_DEFAULT_DENY],
      }),
      messageId: 'open',
      findingKey: 'tcp/22/::/0',
      failures: 2,
    },
  ],
});
