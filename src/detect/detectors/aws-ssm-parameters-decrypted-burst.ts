import { defineDetector } from '../detector.js';
import { field } from '../helpers/each-event.js';
import { distinctBurst } from '../helpers/distinct-burst.js';

export default defineDetector({
  id: 'aws-ssm-parameters-decrypted-burst',
  provider: 'aws',
  title: 'Many SecureString parameters decrypted',
  severity: 'high',
  attack: [{ tactic: 'credential-access', technique: 'T1555.006', name: 'Credentials from Password Stores: Cloud Secrets Management Stores' }],
  description:
    'One principal decrypted many different SSM SecureString parameters (GetParameter(s) or GetParametersByPath with decryption) within minutes: credential harvesting from Parameter Store.',
  falsePositives: ['Configuration loaders that read a whole parameter path at start-up (they repeat and show in the baseline).'],
  references: ['https://attack.mitre.org/techniques/T1555/006/', 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameters.html'],
  actions: ['GetParameter', 'GetParameters', 'GetParametersByPath'],
  defaultOptions: { threshold: 10, windowMinutes: 10 },
  optionDocs: {
    threshold: 'Distinct parameters decrypted within the window that make a burst (a path read counts as the threshold).',
    windowMinutes: 'Window length in minutes.',
  },
  messages: { burst: '{{principal}} decrypted {{distinct}} different SecureString parameters in {{calls}} calls within {{span}} ({{items}}).' },
  create: (ctx) =>
    distinctBurst(ctx, 'burst', (e) => {
      if (e.errorCode !== null || field(e.request, 'withDecryption') !== true) return null;
      if (e.action === 'GetParametersByPath')
        return [`path:${String(field(e.request, 'path'))}`, ...Array.from({ length: ctx.options.threshold - 1 }, (_, i) => `path:${e.id}:${i}`)];
      const names = e.action === 'GetParameter' ? [field(e.request, 'name')] : field(e.request, 'names');
      return (Array.isArray(names) ? names : []).map(String);
    }),
});
