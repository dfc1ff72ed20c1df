import { defineDetector } from '../detector.js';
import type { CloudEvent } from '../event.js';

export default defineDetector({
  id: 'baseline-new-principal',
  provider: null,
  title: 'Principal seen for the first time',
  severity: 'info',
  attack: [{ tactic: 'initial-access', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' }],
  description:
    'A principal (user, role, service principal) that the learned baselines have never seen became active. A signal to correlate with the other alerts, not an alarm: after the first few per run they are rolled into one summary, so a new deployment does not flood the queue.',
  falsePositives: ['New employees, new roles and new applications (most first appearances are benign).'],
  references: ['https://attack.mitre.org/techniques/T1078/004/', 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html'],
  actions: [],
  defaultOptions: { maxAlerts: 10 },
  optionDocs: { maxAlerts: 'First appearances reported one by one per run; the rest are summarised in one alert.' },
  messages: {
    first: '{{principal}} appeared for the first time: {{calls}} call(s) to {{apis}} from {{networks}} in the hour starting {{hour}}.',
    summary: '{{principal}} and {{others}} other principal(s) appeared for the first time in this run ({{names}}).',
  },
  create: (ctx) => {
    const announced = new Set<string>();
    const overflow: { display: string; event: CloudEvent }[] = [];
    return {
      event() {
        // learned detectors work on windows
      },
      window(w, f) {
        if (ctx.baseline.learnedWindows === 0 || ctx.baseline.profile(w.key) !== undefined || announced.has(w.key) || w.type === 'aws-service') return;
        announced.add(w.key);
        const first = w.sample[0];
        if (!first) return;
        if (announced.size > ctx.options.maxAlerts) {
          if (overflow.length < 1000) overflow.push({ display: w.display, event: first });
          return;
        }
        const apis = [...w.actions.keys()];
        ctx.report({
          messageId: 'first',
          events: w.sample,
          count: w.count,
          key: `new|${w.key}`,
          data: {
            calls: w.count,
            apis: apis.slice(0, 5).join(', ') + (apis.length > 5 ? ` and ${apis.length - 5} more` : ''),
            networks: f.newNetworks.join(', ') || 'unknown networks',
            hour: new Date(w.start).toISOString().slice(0, 16),
          },
          evidence: { apis: apis.slice(0, 50), networks: f.newNetworks, regions: f.newRegions },
        });
      },
      end() {
        const head = overflow[0];
        if (!head) return;
        ctx.report({
          messageId: 'summary',
          events: overflow.slice(0, 20).map((o) => o.event),
          count: overflow.length,
          key: `new-summary|${head.event.id}`,
          data: {
            others: overflow.length - 1,
            names: overflow
              .slice(1, 11)
              .map((o) => o.display)
              .join(', '),
          },
          evidence: { principals: overflow.slice(0, 200).map((o) => o.display) },
        });
      },
    };
  },
});
