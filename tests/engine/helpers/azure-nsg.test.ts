import { describe, expect, it } from '@jest/globals';
import { exposuresOfPort, formatPortRanges, internetExposures, isInternetSource, parsePortSpec } from '../../../src/engine/helpers/azure-nsg.js';
import { defaultNsgRules, nsgRule } from '../../fixtures/azure/index.js';

const rule = (name: string, priority: number, access: string, ports: string[], source = ['*'], protocol = 'Tcp') =>
  nsgRule({ name, priority, access, destinationPortRanges: ports, sourceAddressPrefixes: source, protocol });

describe('NSG Internet sources', () => {
  it.each(['*', 'Any', 'any', 'Internet', 'INTERNET', '0.0.0.0/0', '0.0.0.0', '::/0', '::'])('%s is the whole Internet', (source) => {
    expect(isInternetSource(source)).toBe(true);
  });
  it.each(['10.0.0.0/8', 'VirtualNetwork', 'AzureLoadBalancer', '203.0.113.7', '0.0.0.0/1', 'Storage.WestEurope'])('%s is not', (source) => {
    expect(isInternetSource(source)).toBe(false);
  });
});

describe('NSG port specs', () => {
  it('parses single ports, ranges and *', () => {
    expect([parsePortSpec('22'), parsePortSpec('1000 - 2000'), parsePortSpec('*')]).toEqual([
      { from: 22, to: 22 },
      { from: 1000, to: 2000 },
      { from: 0, to: 65535 },
    ]);
  });
  it('rejects garbage and reversed or out-of-range ranges', () => {
    expect([parsePortSpec('ssh'), parsePortSpec('2000-1000'), parsePortSpec('70000'), parsePortSpec('')]).toEqual([null, null, null, null]);
  });
});

describe('internetExposures', () => {
  it('applies the first matching rule by priority, whatever the array order', () => {
    const exposures = internetExposures([rule('allow', 200, 'Allow', ['22']), rule('deny', 100, 'Deny', ['22'])], 'tcp');
    expect(exposures).toEqual([]);
  });

  it('subtracts a Deny from a later Allow range, leaving the rest exposed', () => {
    const [exposure] = internetExposures([rule('deny-rdp', 100, 'Deny', ['3389']), rule('allow-range', 200, 'Allow', ['3000-4000'])], 'tcp');
    expect(exposure?.rule.name).toBe('allow-range');
    expect(formatPortRanges(exposure?.ports ?? [])).toBe('3000-3388, 3390-4000');
    expect(exposuresOfPort(exposure ? [exposure] : [], 3389)).toEqual([]);
  });

  it('ends at the default DenyAllInBound', () => {
    const rules = [...defaultNsgRules(), rule('late-allow', 65501, 'Allow', ['*'])];
    expect(internetExposures(rules, 'tcp')).toEqual([]);
  });

  it('ignores rules for narrower sources in both directions', () => {
    const exposures = internetExposures(
      [
        rule('deny-one', 100, 'Deny', ['22'], ['198.51.100.0/24']),
        rule('allow-vnet', 110, 'Allow', ['22'], ['VirtualNetwork']),
        rule('allow', 120, 'Allow', ['22']),
      ],
      'tcp',
    );
    expect(exposures.map((e) => e.rule.name)).toEqual(['allow']);
  });

  it("counts protocol '*' for TCP and UDP but not ICMP for either", () => {
    const rules = [rule('any', 100, 'Allow', ['53'], ['*'], '*'), rule('icmp', 110, 'Allow', ['*'], ['*'], 'Icmp')];
    expect(internetExposures(rules, 'udp').map((e) => e.rule.name)).toEqual(['any']);
    expect(internetExposures(rules, 'tcp').map((e) => e.rule.name)).toEqual(['any']);
  });

  it('treats an unparseable port as all ports on an Allow and as none on a Deny', () => {
    expect(internetExposures([rule('deny-bad', 100, 'Deny', ['ssh']), rule('allow', 200, 'Allow', ['22'])], 'tcp').map((e) => e.rule.name)).toEqual(['allow']);
    expect(formatPortRanges(internetExposures([rule('allow-bad', 100, 'Allow', ['ssh'])], 'tcp')[0]?.ports ?? [])).toBe('*');
  });

  it('ignores outbound rules', () => {
    expect(internetExposures([{ ...rule('out', 100, 'Allow', ['*']), direction: 'Outbound' }], 'tcp')).toEqual([]);
  });
});
