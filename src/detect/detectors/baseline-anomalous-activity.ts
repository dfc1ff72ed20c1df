import { FEATURE_NAMES } from '../baseline.js';
import { defineDetector } from '../detector.js';
import type { CloudEvent } from '../event.js';

export default defineDetector({
  id: 'baseline-anomalous-activity',
  provider: null,
  title: 'Unusual hour of activity for this principal',
  severity: 'low',
  attack: [{ tactic: 'initial-access', technique: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' }],
  description:
    "An isolation forest trained on the learned principal-windows (call volume, error and write ratios, share of never-seen APIs, new regions, networks and user-agent families, hour-of-day rarity, rate against the usual) scores this principal's hour as an outlier, and something in it is new. The alert lists what was new or unusual.",
  falsePositives: ['People travelling or working odd hours; new features of an application calling new APIs.'],
  references: ['https://attack.mitre.org/techniques/T1078/004/', 'https://cs.nju.edu.cn/zhouzh/zhouzh.files/publication/icdm08b.pdf'],
  actions: [],
  defaultOptions: { threshold: 0.62, minLearnedHours: 8 },
  optionDocs: {
    threshold: 'Isolation-forest score (0 to 1) at or above which an hour is anomalous.',
    minLearnedHours: "Active hours a principal's baseline needs before its hours are scored.",
  },
  messages: {
    anomalous:
      '{{principal}} behaved unlike its baseline in the hour starting {{hour}}: {{reasons}} (anomaly score {{score}} against {{trained}} learned hours).',
  },
  create: (ctx) => ({
    event() {
      // learned detectors work on windows
    },
    window(w, f) {
      const model = ctx.model;
      const p = ctx.baseline.profile(w.key);
      if (!model || !p || p.activeHours < ctx.options.minLearnedHours) return;
      const novel = f.newActions.length + f.newRegions.length + f.newNetworks.length + f.newUserAgents.length;
      if (novel === 0) return;
      const score = model.score(f.vector);
      if (score < ctx.options.threshold) return;
      const reasons: string[] = [];
      if (f.newActions.length > 0) reasons.push(`${f.newActions.length} API(s) it never called (${f.newActions.slice(0, 4).join(', ')})`);
      if (f.newRegions.length > 0) reasons.push(`new region(s) ${f.newRegions.join(', ')}`);
      if (f.newNetworks.length > 0) reasons.push(`new network(s) ${f.newNetworks.slice(0, 3).join(', ')}`);
      if (f.newUserAgents.length > 0) reasons.push(`new client(s) ${f.newUserAgents.join(', ')}`);
      if (w.count > 3 * (f.usualRate + 1)) reasons.push(`${w.count} calls against a usual ${f.usualRate.toFixed(1)} per active hour`);
      if (f.hourRarity > 0.9) reasons.push(`at an hour it is rarely active (${new Date(w.start).getUTCHours()}:00 UTC)`);
      if (w.errors / w.count > 0.5) reasons.push(`${w.errors} of ${w.count} calls failed`);
      const novelEvents: CloudEvent[] = f.newActions.flatMap((a) => w.actions.get(a)?.sample.slice(0, 2) ?? []);
      ctx.report({
        messageId: 'anomalous',
        events: novelEvents.length > 0 ? novelEvents.slice(0, 20) : w.sample,
        count: w.count,
        key: `anomaly|${w.key}|${w.start}`,
        data: { hour: new Date(w.start).toISOString().slice(0, 16), reasons: reasons.join('; '), score: score.toFixed(2), trained: model.trainedOn },
        evidence: {
          score,
          features: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, Number((f.vector[i] ?? 0).toFixed(3))])),
          newApis: f.newActions.slice(0, 50),
          newRegions: f.newRegions,
          newNetworks: f.newNetworks,
          newClients: f.newUserAgents,
        },
        severity: score >= 0.7 ? 'medium' : 'low',
      });
    },
  }),
});
