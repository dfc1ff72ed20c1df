import { defineDetector } from '../detector.js';
import { field } from '../helpers/each-event.js';
import { distinctBurst } from '../helpers/distinct-burst.js';

export default defineDetector({
  id: 'aws-ec2-user-data-read-burst',
  provider: 'aws',
  title: 'Instance user data read in bulk',
  severity: 'medium',
  attack: [
    { tactic: 'discovery', technique: 'T1580', name: 'Cloud Infrastructure Discovery' },
    { tactic: 'credential-access', technique: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API' },
  ],
  description:
    'DescribeInstanceAttribute for userData on many instances in minutes: user data often holds bootstrap secrets, and reading it across the fleet is reconnaissance.',
  falsePositives: ['Inventory and compliance scanners that read user data (they appear in the baseline).'],
  references: ['https://attack.mitre.org/techniques/T1580/', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
  actions: ['DescribeInstanceAttribute'],
  defaultOptions: { threshold: 10, windowMinutes: 10 },
  optionDocs: { threshold: 'Calls within the window that make a burst.', windowMinutes: 'Window length in minutes.' },
  messages: { burst: '{{principal}} read instance user data {{calls}} times within {{span}}, for {{distinct}} instance(s) ({{items}}).' },
  create: (ctx) =>
    distinctBurst(ctx, 'burst', (e) => (field(e.request, 'attribute') === 'userData' ? [String(field(e.request, 'instanceId'))] : null), 'calls'),
});
