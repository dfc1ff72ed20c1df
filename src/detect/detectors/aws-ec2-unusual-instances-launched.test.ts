import { ct, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-unusual-instances-launched.js';

const run = (type: string, maxCount = 1, errorCode?: string) =>
  ct({
    eventName: 'RunInstances',
    eventSource: 'ec2.amazonaws.com',
    request: { instanceType: type, instancesSet: { items: [{ imageId: 'ami-1', minCount: 1, maxCount }] } },
    ...(errorCode ? { errorCode } : {}),
  });
testDetector(detector, {
  valid: [
    { name: 'an ordinary instance', events: [run('t3.medium')] },
    { name: 'an ML team that launches GPUs routinely', events: [run('p4d.24xlarge')], baseline: learned(run('t3.micro'), { actions: { RunInstances: 80 } }) },
  ],
  invalid: [
    {
      name: 'GPU instances, even refused',
      events: [run('p2.xlarge', 10, 'Client.UnauthorizedOperation')],
      messageId: 'launched',
      explains: /10 p2\.xlarge.*refused/,
    },
    { name: 'many small instances at once', events: [run('t3.micro', 50)], messageId: 'launched', explains: '50 t3.micro' },
    { name: 'a metal instance', events: [run('c5.metal')], messageId: 'launched' },
  ],
});
