import { ct, identities, learned, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-instance-credentials-used-outside.js';

const inst = identities.instance();
const call = (ip: string, time = T0, identity = inst, extra: Partial<Parameters<typeof ct>[0]> = {}) =>
  ct({ eventName: 'DescribeInstances', eventSource: 'ec2.amazonaws.com', identity, sourceIp: ip, time, ...extra });
testDetector(detector, {
  valid: [
    { name: 'the instance calling from its own address', events: [call('52.10.1.1'), call('52.10.1.1', T0 + 60_000)] },
    { name: 'through a VPC endpoint from private addresses', events: [call('10.0.1.5'), call('10.0.2.9', T0 + 1000)] },
    {
      name: 'the SSM agent is not a use of the credentials',
      events: [call('52.10.1.1'), call('198.51.100.77', T0 + 1000, inst, { eventName: 'UpdateInstanceInformation', eventSource: 'ssm.amazonaws.com' })],
    },
    { name: 'an AWS service acting for the role', events: [call('ec2.amazonaws.com'), call('52.10.1.1', T0 + 1000)] },
    { name: 'a learned network', events: [call('52.10.1.1')], baseline: learned(call('52.10.1.1'), { activeHours: 200, networks: { '52.10.1.0/24': 200 } }) },
  ],
  invalid: [
    {
      name: "the address of a person's session",
      events: [call('198.51.100.10', T0, identities.user()), call('198.51.100.10', T0 + 30_000)],
      messageId: 'sharedAddress',
      explains: 'user/alice',
    },
    {
      name: 'a person seen after the instance credentials',
      events: [call('198.51.100.10', T0), call('198.51.100.10', T0 + 30_000, identities.user())],
      messageId: 'sharedAddress',
    },
    {
      name: 'one session from two networks',
      events: [call('52.10.1.1'), call('203.0.113.50', T0 + 60_000)],
      messageId: 'twoNetworks',
      explains: '52.10.1.0/24 and 203.0.113.0/24',
    },
    {
      name: 'a network the role was never used from',
      events: [call('203.0.113.50')],
      baseline: learned(call('52.10.1.1'), { activeHours: 200, networks: { '52.10.1.0/24': 200 } }),
      messageId: 'newNetwork',
      explains: '200 learned hours',
    },
  ],
});
