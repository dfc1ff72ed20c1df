import { poissonTail } from '../baseline.js';
import { defineDetector } from '../detector.js';
import { describeSpan } from '../helpers/bursts.js';

export default defineDetector({
  id: 'baseline-rate-burst',
  provider: null,
  title: "Call or error rate far above the principal's baseline",
  severity: 'medium',
  attack: [
    { tactic: 'collection', technique: 'T1530', name: 'Data from Cloud Storage' },
    { tactic: 'discovery', technique: 'T1580', name: 'Cloud Infrastructure Discovery' },
  ],
  description:
    'Within one hour a principal called an API (or failed) many more times than its learned rate makes plausible (Poisson tail probability below the threshold). Catches bursts that fixed thresholds miss, and stays quiet for principals that are always busy, like CloudTrail Insights.',
  falsePositives: ['Batch jobs that run rarely (monthly reports); back-fills and migrations.'],
  references: [
    'https://attack.mitre.org/techniques/T1530/',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html',
  ],
  actions: [],
  defaultOptions: { minCount: 10, minLearnedHours: 24, maxProbability: 1e-6, floorRatePerHour: 0.05 },
  optionDocs: {
    minCount: 'Calls (or errors) in the hour below which nothing is reported.',
    minLearnedHours: "Active hours a principal's baseline needs before its rate is trusted.",
    maxProbability: 'Report when the Poisson probability of that many calls at the learned rate is below this.',
    floorRatePerHour: 'Rate assumed for APIs the principal never called (so a new API is not infinitely surprising).',
  },
  messages: {
    calls: '{{principal}} called {{api}} {{count}} times in {{span}}; its baseline is {{rate}} per hour over {{hours}} active hours.',
    errors: '{{principal}} had {{count}} failed calls in {{span}}; its baseline is {{rate}} failures per hour over {{hours}} active hours.',
  },
  create: (ctx) => ({
    event() {
      // learned detectors work on windows
    },
    window(w) {
      const p = ctx.baseline.profile(w.key);
      if (!p || p.activeHours < ctx.options.minLearnedHours) return;
      const o = ctx.options;
      let best: { api: string; count: number; rate: number; prob: number; span: number; events: typeof w.sample } | null = null;
      for (const [api, stat] of w.actions) {
        if (stat.count < o.minCount) continue;
        const rate = (p.actions[api] ?? 0) / p.activeHours;
        const prob = poissonTail(stat.count, Math.max(rate, o.floorRatePerHour));
        if (prob < o.maxProbability && (!best || prob < best.prob))
          best = { api, count: stat.count, rate, prob, span: stat.last - stat.first, events: stat.sample };
      }
      const fmt = (r: number): string => (r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toFixed(2));
      if (best) {
        ctx.report({
          messageId: 'calls',
          events: best.events,
          count: best.count,
          key: `rate|${w.key}|${w.start}|${best.api}`,
          data: { api: best.api, count: best.count, span: describeSpan(best.span), rate: fmt(best.rate), hours: p.activeHours },
          evidence: { api: best.api, calls: best.count, baselinePerHour: best.rate, probability: best.prob, windowStart: new Date(w.start).toISOString() },
          severity: best.prob < 1e-12 ? 'high' : 'medium',
        });
      }
      if (w.errors >= o.minCount) {
        const rate = p.errors / p.activeHours;
        const prob = poissonTail(w.errors, Math.max(rate, o.floorRatePerHour));
        if (prob < o.maxProbability) {
          const failed = [...w.actions.values()].flatMap((s) => s.sample.filter((e) => e.errorCode !== null)).slice(0, 20);
          ctx.report({
            messageId: 'errors',
            events: failed.length > 0 ? failed : w.sample,
            count: w.errors,
            key: `errors|${w.key}|${w.start}`,
            data: { count: w.errors, span: describeSpan(w.last - w.first), rate: fmt(rate), hours: p.activeHours },
            evidence: { errors: w.errors, baselinePerHour: rate, probability: prob },
          });
        }
      }
    },
  }),
});
