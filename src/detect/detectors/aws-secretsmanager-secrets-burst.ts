import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { isRecord } from '../event.js';

/** A filter list that matches every secret: only negated values ("!tag-that-never-exists"). */
function isCatchAll(filters: unknown): boolean {
  if (!Array.isArray(filters) || filters.length === 0) return false;
  return filters.every(
    (f) => isRecord(f) && Array.isArray(f['values']) && f['values'].length > 0 && f['values'].every((v) => typeof v === 'string' && v.startsWith('!')),
  );
}
import { distinctBurst } from '../helpers/distinct-burst.js';

export default defineDetector({
  id: 'aws-secretsmanager-secrets-burst',
  provider: 'aws',
  title: 'Many secrets read in a short time',
  severity: 'high',
  attack: [{ tactic: 'credential-access', technique: 'T1555.006', name: 'Credentials from Password Stores: Cloud Secrets Management Stores' }],
  description:
    'One principal read the values of many different secrets (GetSecretValue, or BatchGetSecretValue with a list) within minutes, or pulled every secret matching a filter with BatchGetSecretValue: applications read the few secrets they need; harvesting reads them all.',
  falsePositives: [
    'Secret rotation or backup tooling that walks every secret (it shows in the learned baseline).',
    'A deployment that injects many secrets at once.',
  ],
  references: ['https://attack.mitre.org/techniques/T1555/006/', 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html'],
  actions: ['GetSecretValue', 'BatchGetSecretValue'],
  defaultOptions: { threshold: 5, windowMinutes: 10, batchWeight: 2 },
  optionDocs: {
    threshold: 'Distinct secrets read within the window that make a burst.',
    windowMinutes: 'Window length in minutes.',
    batchWeight: 'Secrets a filtered BatchGetSecretValue call (up to 20 per page) counts as, so that paging through a filter makes a burst.',
  },
  messages: {
    burst: '{{principal}} read {{distinct}} different secrets in {{calls}} calls within {{span}} ({{items}}).',
    batch: '{{principal}} retrieved every secret in the account with a catch-all BatchGetSecretValue filter ({{filter}}) from {{sourceIp}}.',
  },
  create: (ctx) => {
    const reported = new Set<string>();
    const burst = distinctBurst(ctx, 'burst', (e) => {
      if (e.errorCode !== null && !/AccessDenied/i.test(e.errorCode)) return null;
      const ids = e.action === 'GetSecretValue' ? [field(e.request, 'secretId')] : field(e.request, 'secretIdList');
      if (Array.isArray(ids) && ids.length > 0) return ids.map((x) => text(x));
      // A filtered batch returns an unknown number of matching secrets: count each page as a few.
      return e.action === 'BatchGetSecretValue' ? Array.from({ length: ctx.options.batchWeight }, (_, i) => `batch page ${e.id}#${i}`) : null;
    });
    return {
      event(e) {
        const filters = field(e.request, 'filters');
        if (e.action === 'BatchGetSecretValue' && isCatchAll(filters) && e.errorCode === null) {
          const key = `${e.principal.key}|batch|${Math.floor(e.time / 3_600_000)}`;
          if (reported.has(key)) return;
          reported.add(key);
          const filter = (filters as Record<string, unknown>[]).map((f) => `${text(f['key'])}=${JSON.stringify(f['values'] ?? [])}`).join(' and ');
          ctx.report({ messageId: 'batch', events: [e], key, data: { filter }, evidence: { filters } });
          return;
        }
        burst.event(e);
      },
      end() {
        burst.end?.();
      },
    };
  },
});
