import { poissonTail, type ActionStat, type PrincipalProfile } from '../baseline.js';
import { defineDetector } from '../detector.js';
import { describeSpan } from '../helpers/bursts.js';

interface Candidate {
  readonly api: string;
  readonly stat: ActionStat;
  readonly rate: number;
  readonly peak: number;
  readonly prob: number;
}

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
    'Within one hour a principal called an API (or failed) far more than its learned behaviour allows: the count is implausible at the learned hourly rate (Poisson tail below the threshold), several times that rate, and well above the busiest hour ever learned for that API. Catches bursts that fixed thresholds miss and stays quiet for principals that are always busy or merely busier in working hours, as CloudTrail Insights does.',
  falsePositives: ['Batch jobs that run rarely (monthly reports); back-fills and migrations.'],
  references: [
    'https://attack.mitre.org/techniques/T1530/',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html',
  ],
  actions: [],
  defaultOptions: { minCount: 10, minLearnedHours: 24, maxProbability: 1e-6, minRatio: 5, overPeak: 2, floorRatePerHour: 0.05 },
  optionDocs: {
    minCount: 'Calls (or errors) in the hour below which nothing is reported.',
    minLearnedHours: "Active hours a principal's baseline needs before its rate is trusted.",
    maxProbability: 'Report only when the Poisson probability of that many calls at the learned rate is below this.',
    minRatio: 'Report only when the count is at least this many times the learned hourly rate.',
    overPeak: 'Report only when the count is more than this many times the busiest learned hour for that API.',
    floorRatePerHour: 'Rate assumed for APIs the principal never called (so a new API is not infinitely surprising).',
  },
  messages: {
    calls:
      '{{principal}} called {{api}} {{count}} times in {{span}}; its baseline is {{rate}} per hour over {{hours}} active hours (at most {{peak}} in any hour).',
    errors: '{{principal}} had {{count}} failed calls in {{span}}; its baseline is {{rate}} failures per hour over {{hours}} active hours.',
  },
  create: (ctx) => {
    const o = ctx.options;
    const surprising = (count: number, rate: number, peak: number): number | null => {
      if (count < o.minCount || count < o.minRatio * rate || count <= o.overPeak * peak) return null;
      const prob = poissonTail(count, Math.max(rate, o.floorRatePerHour));
      return prob < o.maxProbability ? prob : null;
    };
    const fmt = (r: number): string => (r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toFixed(2));
    const errorPeak = (p: PrincipalProfile): number => (p.activeHours > 0 ? (p.errors / p.activeHours) * 3 : 0);
    return {
      event() {
        // learned detectors work on windows
      },
      window(w) {
        const p = ctx.baseline.profile(w.key);
        if (!p || p.activeHours < o.minLearnedHours) return;
        let best: Candidate | null = null;
        for (const [api, stat] of w.actions) {
          const rate = (p.actions[api] ?? 0) / p.activeHours;
          const peak = p.actionPeaks[api] ?? 0;
          const prob = surprising(stat.count, rate, peak);
          if (prob !== null && (!best || prob < best.prob)) best = { api, stat, rate, peak, prob };
        }
        if (best) {
          ctx.report({
            messageId: 'calls',
            events: best.stat.sample,
            count: best.stat.count,
            key: `rate|${w.key}|${w.start}|${best.api}`,
            data: {
              api: best.api,
              count: best.stat.count,
              span: describeSpan(best.stat.last - best.stat.first),
              rate: fmt(best.rate),
              hours: p.activeHours,
              peak: best.peak,
            },
            evidence: {
              api: best.api,
              calls: best.stat.count,
              baselinePerHour: best.rate,
              busiestHour: best.peak,
              probability: best.prob,
              windowStart: new Date(w.start).toISOString(),
            },
            severity: best.prob < 1e-12 && best.stat.count >= 10 * Math.max(best.peak, 1) ? 'high' : 'medium',
          });
        }
        const errorRate = p.errors / p.activeHours;
        const errorProb = surprising(w.errors, errorRate, errorPeak(p));
        if (errorProb !== null) {
          const failed = [...w.actions.values()].flatMap((s) => s.sample.filter((e) => e.errorCode !== null)).slice(0, 20);
          ctx.report({
            messageId: 'errors',
            events: failed.length > 0 ? failed : w.sample,
            count: w.errors,
            key: `errors|${w.key}|${w.start}`,
            data: { count: w.errors, span: describeSpan(w.last - w.first), rate: fmt(errorRate), hours: p.activeHours },
            evidence: { errors: w.errors, baselinePerHour: errorRate, probability: errorProb },
          });
        }
      },
    };
  },
});
