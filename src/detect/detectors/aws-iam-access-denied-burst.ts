import { defineDetector } from '../detector.js';
import { BurstTracker, describeSpan } from '../helpers/bursts.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-iam-access-denied-burst',
  provider: 'aws',
  title: 'Many different calls refused in a short time',
  severity: 'medium',
  attack: [{ tactic: 'discovery', technique: 'T1580', name: 'Cloud Infrastructure Discovery' }],
  description:
    'One principal was refused (AccessDenied / UnauthorizedOperation) on many different APIs within minutes: someone holding credentials is probing what they allow. Repeated refusals of one API (a misconfigured app) do not count.',
  falsePositives: [
    'Security scanners with partial read permissions.',
    'A new deployment whose role is missing permissions (refusals cluster on its few APIs).',
  ],
  references: ['https://attack.mitre.org/techniques/T1580/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html'],
  actions: '*',
  defaultOptions: { threshold: 10, windowMinutes: 10 },
  optionDocs: { threshold: 'Distinct refused APIs within the window that make a burst.', windowMinutes: 'Window length in minutes.' },
  messages: { burst: '{{principal}} was refused {{calls}} times on {{distinct}} different APIs within {{span}} from {{sourceIp}} ({{items}}).' },
  create: (ctx) => {
    const tracker = new BurstTracker({
      windowMs: ctx.options.windowMinutes * 60_000,
      threshold: ctx.options.threshold,
      onBurst: (b) =>
        ctx.report({
          messageId: 'burst',
          events: b.events,
          count: b.count,
          key: `${b.key}|${b.events[0]?.id ?? ''}`,
          data: { calls: b.count, distinct: b.distinct.length, span: describeSpan(b.end - b.start), items: b.distinct.slice(0, 6).join(', ') },
          evidence: { refused: b.count, apis: b.distinct.slice(0, 50) },
        }),
    });
    return {
      event(e) {
        if (e.provider === 'aws' && denied(e)) tracker.add(e.principal.key, e, [`${e.service}:${e.action}`]);
      },
      end() {
        tracker.end();
      },
    };
  },
});
