import { ct, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-instance-connect-key-pushed.js';

const push = (instance = 'i-1') =>
  ct({
    eventName: 'SendSSHPublicKey',
    eventSource: 'ec2-instance-connect.amazonaws.com',
    request: { instanceId: instance, instanceOSUser: 'ec2-user', sSHPublicKey: 'ssh-ed25519 AAAA' },
  });
testDetector(detector, {
  valid: [{ name: 'an engineer who uses Instance Connect daily', events: [push()], baseline: learned(push(), { actions: { SendSSHPublicKey: 120 } }) }],
  invalid: [
    { name: 'a key pushed', events: [push()], messageId: 'key', explains: 'user ec2-user to instance i-1' },
    { name: 'three pushes to one instance in an hour are one alert', events: [push(), push(), push()], messageId: 'key', alerts: 1 },
    {
      name: 'serial console enabled',
      events: [ct({ eventName: 'EnableSerialConsoleAccess', eventSource: 'ec2.amazonaws.com' })],
      messageId: 'serial',
      severity: 'medium',
    },
  ],
});
