import { defineDetector } from '../detector.js';
import { field } from '../helpers/each-event.js';
import { distinctBurst } from '../helpers/distinct-burst.js';

export default defineDetector({
  id: 'aws-ec2-password-data-burst',
  provider: 'aws',
  title: 'Windows administrator passwords requested in bulk',
  severity: 'high',
  attack: [{ tactic: 'credential-access', technique: 'T1552', name: 'Unsecured Credentials' }],
  description:
    'GetPasswordData (the encrypted local Administrator password of Windows instances) called many times in minutes by one principal, successful or not: someone is collecting instance passwords.',
  falsePositives: ['An administrator connecting to a few Windows instances in a row (raise the threshold if that is routine).'],
  references: ['https://attack.mitre.org/techniques/T1552/', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetPasswordData.html'],
  actions: ['GetPasswordData'],
  defaultOptions: { threshold: 10, windowMinutes: 10 },
  optionDocs: { threshold: 'Calls within the window that make a burst.', windowMinutes: 'Window length in minutes.' },
  messages: { burst: '{{principal}} requested Windows passwords {{calls}} times within {{span}} for {{distinct}} instance(s) ({{items}}).' },
  create: (ctx) => distinctBurst(ctx, 'burst', (e) => [String(field(e.request, 'instanceId'))], 'calls'),
});
