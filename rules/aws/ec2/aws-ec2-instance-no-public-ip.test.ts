import { ec2Instance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-instance-no-public-ip.js';

testRule(rule, {
  valid: [
    { name: 'private addresses only', resource: ec2Instance('i-1'), messageId: 'private', evidence: { publicIpAddress: null, ipv6Addresses: [] } },
    { name: 'a stopped instance without a public address', resource: ec2Instance('i-2', { state: 'stopped' }) },
  ],
  invalid: [
    { name: 'a public IPv4 address', resource: ec2Instance('i-3', { publicIpAddress: '203.0.113.10' }), messageId: 'publicIpv4', severity: 'medium' },
    {
      name: 'a stopped instance keeping an Elastic IP',
      resource: ec2Instance('i-4', { state: 'stopped', publicIpAddress: '198.51.100.7' }),
      messageId: 'publicIpv4',
    },
    {
      name: 'an IPv6 address is globally routable',
      resource: ec2Instance('i-5', { ipv6Addresses: ['2001:db8::10'] }),
      messageId: 'publicIpv6',
      severity: 'low',
    },
  ],
  notApplicable: [
    { name: 'terminated', resource: ec2Instance('i-6', { state: 'terminated', publicIpAddress: '203.0.113.11' }), messageId: 'terminated' },
    { name: 'shutting down', resource: ec2Instance('i-7', { state: 'shutting-down', publicIpAddress: '203.0.113.12' }) },
  ],
});
