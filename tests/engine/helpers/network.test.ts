import { describe, expect, it } from '@jest/globals';
import { aclIngressFromAnywhere, ingressOpensTcpPort, isAnywhere, portsOpened } from '../../../src/engine/helpers/network.js';
import { naclEntry, NACL_DEFAULT_DENY, sgRule } from '../../fixtures/aws/index.js';

const ANY4 = [{ cidr: '0.0.0.0/0', description: null }];
const ANY6 = [{ cidr: '::/0', description: null }];

describe('aclIngressFromAnywhere', () => {
  it('lets the lowest rule number decide: a deny before an allow wins', () => {
    const entries = [
      naclEntry({ ruleNumber: 200, protocol: '6', portRange: { from: 0, to: 65535 } }),
      naclEntry({ ruleNumber: 90, ruleAction: 'deny', protocol: '6', portRange: { from: 22, to: 22 } }),
      ...NACL_DEFAULT_DENY,
    ];
    expect(aclIngressFromAnywhere(entries, 22, 'ipv4')).toMatchObject({ allowed: false, entry: { ruleNumber: 90 } });
    expect(aclIngressFromAnywhere(entries, 3389, 'ipv4')).toMatchObject({ allowed: true, entry: { ruleNumber: 200 } });
  });

  it('reads protocol -1 as every port, matches port ranges, and ignores UDP, egress and narrower sources', () => {
    expect(aclIngressFromAnywhere([naclEntry({ protocol: '-1', portRange: null })], 3389, 'ipv4').allowed).toBe(true);
    expect(aclIngressFromAnywhere([naclEntry({ portRange: { from: 1024, to: 65535 } })], 3389, 'ipv4').allowed).toBe(true);
    expect(aclIngressFromAnywhere([naclEntry({ portRange: { from: 1024, to: 65535 } })], 22, 'ipv4').allowed).toBe(false);
    expect(aclIngressFromAnywhere([naclEntry({ protocol: '17', portRange: { from: 0, to: 65535 } })], 22, 'ipv4').allowed).toBe(false);
    expect(aclIngressFromAnywhere([naclEntry({ egress: true, protocol: '-1', portRange: null })], 22, 'ipv4').allowed).toBe(false);
    expect(aclIngressFromAnywhere([naclEntry({ cidrBlock: '10.0.0.0/8', portRange: { from: 22, to: 22 } })], 22, 'ipv4')).toEqual({
      allowed: false,
      entry: null,
    });
  });

  it('keeps IPv4 and IPv6 entries apart', () => {
    const v6 = [naclEntry({ cidrBlock: null, ipv6CidrBlock: '::/0', protocol: '-1', portRange: null })];
    expect(aclIngressFromAnywhere(v6, 22, 'ipv6').allowed).toBe(true);
    expect(aclIngressFromAnywhere(v6, 22, 'ipv4').allowed).toBe(false);
  });
});

describe('security group rules', () => {
  it('opens a TCP port from anywhere by port range, -1 or a missing range', () => {
    expect(ingressOpensTcpPort(sgRule({ fromPort: 20, toPort: 25, ipv4Ranges: ANY4 }), 22, 'ipv4')).toBe(true);
    expect(ingressOpensTcpPort(sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: ANY6 }), 3389, 'ipv6')).toBe(true);
    expect(ingressOpensTcpPort(sgRule({ ipProtocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: ANY6 }), 3389, 'ipv4')).toBe(false);
    expect(ingressOpensTcpPort(sgRule({ ipProtocol: 'udp', fromPort: 0, toPort: 65535, ipv4Ranges: ANY4 }), 22, 'ipv4')).toBe(false);
    expect(ingressOpensTcpPort(sgRule({ ipProtocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ANY4 }), 22, 'ipv4')).toBe(false);
    expect(ingressOpensTcpPort(sgRule({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '203.0.113.0/24', description: null }] }), 22, 'ipv4')).toBe(false);
  });

  it('recognises anywhere ranges in both families and clamps port ranges', () => {
    const anywhere = ['0.0.0.0/0', '::/0', '0:0:0:0:0:0:0:0/0', ' 0.0.0.0/0 ', '10.0.0.0/0', '1.2.3.4/00', '2001:db8::/0'];
    const somewhere = ['0.0.0.0/1', '0.0.0.0', '::/1', '203.0.113.0/24', 'not-an-ip/0', '0.0.0.0/0/0', '', null];
    expect(anywhere.filter((c) => !isAnywhere(c))).toEqual([]);
    expect(somewhere.filter((c) => isAnywhere(c))).toEqual([]);
    expect(portsOpened('tcp', 70000, 10)).toEqual({ from: 10, to: 65535 });
  });
});
