import { ct, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ssm-remote-command-run.js';

const send = (documentName: string) =>
  ct({ eventName: 'SendCommand', eventSource: 'ssm.amazonaws.com', request: { documentName, instanceIds: ['i-1', 'i-2'] } });
testDetector(detector, {
  valid: [
    { name: 'a patching document', events: [send('AWS-RunPatchBaseline')] },
    {
      name: 'one ad-hoc command on one instance',
      events: [ct({ eventName: 'SendCommand', eventSource: 'ssm.amazonaws.com', request: { documentName: 'AWS-RunShellScript', instanceIds: ['i-1'] } })],
    },
    {
      name: 'an operator who runs commands daily',
      events: [send('AWS-RunShellScript')],
      baseline: learned(send('AWS-RunShellScript'), { actions: { SendCommand: 300 } }),
    },
  ],
  invalid: [
    { name: 'a shell script on two instances', events: [send('AWS-RunShellScript')], messageId: 'command', explains: 'AWS-RunShellScript on i-1, i-2' },
    {
      name: 'a shell script by tag',
      events: [
        ct({
          eventName: 'SendCommand',
          eventSource: 'ssm.amazonaws.com',
          request: { documentName: 'AWS-RunShellScript', targets: [{ key: 'tag:env', values: ['prod'] }] },
        }),
      ],
      messageId: 'command',
      explains: 'targeted instances',
    },
    {
      name: 'an interactive session',
      events: [ct({ eventName: 'StartSession', eventSource: 'ssm.amazonaws.com', request: { target: 'i-9' } })],
      messageId: 'session',
      explains: 'i-9',
    },
  ],
});
