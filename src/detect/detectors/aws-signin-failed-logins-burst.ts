import { defineDetector } from '../detector.js';
import { field } from '../helpers/each-event.js';
import { BurstTracker, describeSpan } from '../helpers/bursts.js';
import type { CloudEvent } from '../event.js';

function failed(e: CloudEvent): boolean {
  return (
    field(e.response, 'ConsoleLogin') === 'Failure' ||
    (e.errorCode !== null && e.action === 'ConsoleLogin') ||
    (field(e.additional, 'MFAUsed') === undefined && /Failed authentication/i.test(e.errorMessage ?? ''))
  );
}

export default defineDetector({
  id: 'aws-signin-failed-logins-burst',
  provider: 'aws',
  title: 'Burst of failed console logins',
  severity: 'medium',
  attack: [
    { tactic: 'credential-access', technique: 'T1110', name: 'Brute Force' },
    { tactic: 'initial-access', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
  ],
  description:
    'Many failed console sign-ins from one address (password guessing or spraying across users), or against one user or the root user, within a short window.',
  falsePositives: ['A user with a stale saved password retrying; a misconfigured monitoring probe.'],
  references: [
    'https://attack.mitre.org/techniques/T1110/',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html',
  ],
  actions: ['ConsoleLogin'],
  defaultOptions: { threshold: 5, windowMinutes: 10 },
  optionDocs: { threshold: 'Failed logins within the window that make a burst.', windowMinutes: 'Window length in minutes.' },
  messages: {
    fromAddress: '{{principal}} and others failed to sign in {{count}} times from {{sourceIp}} in {{span}} ({{users}} user(s) tried).',
    againstUser: '{{principal}} failed to sign in {{count}} times in {{span}}, from {{addresses}}.',
  },
  create: (ctx) => {
    const windowMs = ctx.options.windowMinutes * 60_000;
    const byAddress = new BurstTracker({
      windowMs,
      threshold: ctx.options.threshold,
      onBurst: (b) => {
        const users = new Set(b.events.map((e) => e.principal.key)).size;
        ctx.report({
          messageId: 'fromAddress',
          events: b.events,
          count: b.count,
          key: `ip|${b.key}|${b.events[0]?.id ?? ''}`,
          data: { count: b.count, span: describeSpan(b.end - b.start), users },
          evidence: { failures: b.count, sourceIp: b.key },
        });
      },
    });
    const byUser = new BurstTracker({
      windowMs,
      threshold: ctx.options.threshold,
      onBurst: (b) => {
        const addresses = [...new Set(b.events.map((e) => e.sourceIp ?? 'unknown'))];
        if (addresses.length === 1) return; // already reported per address
        ctx.report({
          messageId: 'againstUser',
          events: b.events,
          count: b.count,
          key: `user|${b.key}|${b.events[0]?.id ?? ''}`,
          data: { count: b.count, span: describeSpan(b.end - b.start), addresses: addresses.join(', ') },
          evidence: { failures: b.count },
        });
      },
    });
    return {
      event(e) {
        if (!failed(e)) return;
        byAddress.add(e.sourceIp ?? 'unknown', e);
        byUser.add(e.principal.key, e);
      },
      end() {
        byAddress.end();
        byUser.end();
      },
    };
  },
});
