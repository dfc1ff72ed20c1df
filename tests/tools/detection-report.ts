/**
 * Writes docs/detection.md: the detector catalogue and the measured detection quality (Stratus Red
 * Team coverage, Panther precision and recall, false alarms on the benign synthetic stream, a
 * stolen-key scenario). Run: `npx tsx tests/tools/detection-report.ts` (about a minute; the
 * figures are deterministic). The jest tests in tests/detect/ assert the same figures' floors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TACTICS } from '../../src/detect/detector.js';
import { allDetectors } from '../../src/detect/detectors/index.js';
import type { Alert } from '../../src/detect/alert.js';
import { afterLearning, coldStart, stolenKeyScenario } from './detection/benign-quality.js';
import { PANTHER_AZURE_ACTIVITY, PANTHER_CLOUDTRAIL } from './detection/panther-map.js';
import { evaluatePanther, evaluateStratus, SAMPLES, summarizePanther, type PantherCase } from './detection/quality.js';

const out = new URL('../../docs/detection.md', import.meta.url).pathname;

/** The detection suite's section of docs/benchmarks.md (written by `npm run bench -- detection`), if it was run. */
function benchSection(): string {
  let text = '';
  try {
    text = readFileSync(new URL('../../docs/benchmarks.md', import.meta.url), 'utf8');
  } catch {
    return 'Not measured yet: run `npm run bench -- detection`.';
  }
  const body = /<!-- suite:detection -->\n## [^\n]*\n([\s\S]*?)<!-- \/suite:detection -->/.exec(text)?.[1];
  return body ? `From \`npm run bench -- detection\` (docs/benchmarks.md):\n${body.trim()}` : 'Not measured yet: run `npm run bench -- detection`.';
}
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((a / b) * 100).toFixed(1)}%`);
const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => cell(String(c))).join(' | ')} |`)].join('\n');

function byDetector(alerts: readonly Alert[]): string {
  const counts = new Map<string, number>();
  for (const a of alerts) counts.set(`${a.detectorId} (${a.severity})`, (counts.get(`${a.detectorId} (${a.severity})`) ?? 0) + 1);
  return [...counts].map(([k, v]) => `${k}: ${v}`).join('; ') || 'none';
}

function pantherSection(title: string, cases: readonly PantherCase[]): string {
  const s = summarizePanther(cases);
  const rules = [...new Set(cases.filter((c) => c.detectors.length > 0).map((c) => c.ruleId))].sort();
  const rows = rules.map((rule) => {
    const cs = cases.filter((c) => c.ruleId === rule);
    const quiet = cs.filter((c) => !c.expected);
    const alert = cs.filter((c) => c.expected);
    return [
      rule,
      cs[0]?.detectors.join(', ') ?? '',
      `${quiet.filter((c) => c.matching.length === 0).length}/${quiet.length}`,
      `${alert.filter((c) => c.matching.length > 0).length}/${alert.length}`,
    ];
  });
  const noisy = cases
    .filter((c) => !c.expected && c.matching.length > 0)
    .map((c) => `- ${c.ruleId} "${c.name}": ${c.matching.map((a) => a.detectorId).join(', ')}`);
  const other = cases
    .filter((c) => !c.expected && c.matching.length === 0 && c.any.length > 0)
    .map((c) => `- ${c.ruleId} "${c.name}": ${c.any.map((a) => a.detectorId).join(', ')}`);
  const missed = cases.filter((c) => c.expected && c.detectors.length > 0 && c.matching.length === 0).map((c) => `- ${c.ruleId} "${c.name}"`);
  return [
    `### ${title}`,
    '',
    `${s.events} test events for ${s.rules} rules; ${s.rulesCovered} rules have a detector of the same kind.`,
    '',
    table(
      ['measure', 'result'],
      [
        [
          'should-not-alert events of covered rules that raise no alert of the matching kind',
          `**${s.quietKept}/${s.quietExpected} = ${pct(s.quietKept, s.quietExpected)}**`,
        ],
        [
          'should-not-alert events (all rules) that raise no alert at all',
          `${s.allQuietKept}/${s.allQuietExpected} = ${pct(s.allQuietKept, s.allQuietExpected)}`,
        ],
        [
          'should-alert events of covered rules caught by the matching detector (recall)',
          `${s.alertCaught}/${s.alertExpected} = ${pct(s.alertCaught, s.alertExpected)}`,
        ],
        [
          'events that are not CloudTrail / Activity Log records (Panther-specific lower-case keys, redacted times)',
          `${cases.filter((c) => c.unreadable).length}`,
        ],
      ],
    ),
    '',
    table(['Panther rule', 'our detectors', 'quiet kept', 'caught'], rows),
    '',
    'Should-not-alert events that raised an alert of the matching kind:',
    '',
    ...(noisy.length > 0 ? noisy : ['- none']),
    '',
    'Should-not-alert events that raised an alert of another kind (the event is suspicious for another reason):',
    '',
    ...(other.length > 0 ? other : ['- none']),
    '',
    'Should-alert events the matching detector missed (mostly single events for rules that Panther thresholds over many, or rules broader than the detector):',
    '',
    ...(missed.length > 0 ? missed : ['- none']),
  ].join('\n');
}

const stratus = await evaluateStratus();
const ct = await evaluatePanther(join(SAMPLES, 'panther-cloudtrail/aws_cloudtrail_rule_tests.jsonl'), PANTHER_CLOUDTRAIL);
const az = await evaluatePanther(join(SAMPLES, 'panther-azure-activity/azure_activity_rule_tests.jsonl'), PANTHER_AZURE_ACTIVITY);
const cold = await coldStart(168);
const learned = await afterLearning(168, 168);
const stolen = await stolenKeyScenario();

const detected = stratus.filter((r) => r.matching.length > 0).length;
const doc = [
  '# Threat detection: catalogue and measured quality',
  '',
  "Generated by `npx tsx tests/tools/detection-report.ts` from the public samples in `tests/fixtures/samples/` and the benign synthetic stream (`tests/tools/detection/benign-stream.ts`); do not edit by hand. The jest tests in `tests/detect/` assert the floors of these figures (every Stratus technique detected with its tactic; at least 95% of Panther's should-not-alert events quiet). Speed and memory are in [benchmarks.md](benchmarks.md) (suite `detection`).",
  '',
  '## How detection works',
  '',
  '- **Sources** (`src/detect/sources/`): CloudTrail files as AWS delivers them (`{"Records":[...]}`, `.json` / `.json.gz`, folders walked recursively, `s3://bucket/prefix` with `--since/--until`), CloudTrail LookupEvents (`--lookup`, every enabled region, hour slices merged in time order), the Azure Activity Log (exported JSON: REST shape, diagnostic-export shape, JSON Lines; and the Monitor REST API with `--subscription`). One event model for both clouds (`src/detect/event.ts`). A file of up to 2 MiB (CloudTrail delivers a few hundred KiB per file) is read, gunzipped and parsed whole, with the next two files loading while one is detected; a larger file is streamed and its records split from the byte stream one at a time. Memory is bounded by those few files or the largest record, not by the input size.',
  '- **Known-bad detectors** (`src/detect/detectors/<id>.ts`): one module per behaviour with ATT&CK mappings, false positives and typed options; they work on the events of the APIs they name. Several are *baseline-aware*: they stay quiet for a principal whose learned baseline shows it does this routinely (SSM commands, Instance Connect, Lambda deployments by hand, storage key listing, GPU launches).',
  '- **Learned baselines** (`src/detect/baseline.ts`): per principal (an IAM user, a role, an SSO person, an Azure user or service principal), the APIs and their busiest hour, regions, source networks (/24, /48, "private", AWS service), user-agent families, hours of the day, call and error counts; folded in per principal-hour and stored in SQLite (`principal_profile`). `cspm detect --learn` learns from past logs; every `cspm detect` keeps learning from hours that raised no alert.',
  '- **Learned detectors**: `baseline-rate-burst` (Poisson tail at the learned rate, several times that rate and above the busiest learned hour), `baseline-anomalous-activity` (a seeded isolation forest over ten features of each principal-hour, trained on a reservoir sample of learned hours, reported only when something in the hour is new), `baseline-new-principal` (first appearances, summarised after ten per run), and the learned-network check of `aws-ec2-instance-credentials-used-outside`.',
  '',
  `## Catalogue (${allDetectors.length} detectors)`,
  '',
  table(
    ['detector', 'severity', 'ATT&CK', 'title'],
    allDetectors.map((d) => [`\`${d.id}\``, d.severity, d.attack.map((a) => `${TACTICS[a.tactic].name} ${a.technique}`).join('; '), d.title]),
  ),
  '',
  '## Stratus Red Team detonations',
  '',
  `Each technique file alone, with no learned baseline (the hardest case: nothing to compare with). **${detected}/${stratus.length} techniques raise an alert with the technique's ATT&CK tactic.** Nothing keys on what only these samples have: the attack tool's user agent, account ids and resource names are never matched.`,
  '',
  table(
    ['technique', 'tactic', 'events', 'detected', 'alerts (detector)', 'explanation of the first matching alert'],
    stratus.map((r) => [
      r.technique,
      TACTICS[r.tactic].name,
      r.events,
      r.matching.length > 0 ? 'yes' : '**no**',
      [...new Set(r.alerts.map((a) => a.detectorId))].join(', '),
      r.matching[0]?.explanation ?? '',
    ]),
  ),
  '',
  '## Panther rule tests (precision and recall)',
  '',
  'Each Panther test event alone through every detector. A Panther rule is *covered* when one of our detectors looks for the same kind of behaviour (`tests/tools/detection/panther-map.ts`); rules about posture or specific tools have no counterpart. Events without a time get a fixed one.',
  '',
  pantherSection('CloudTrail', ct),
  '',
  pantherSection('Azure Activity Log', az),
  '',
  '## Benign synthetic stream (false alarms)',
  '',
  'A week of an ordinary account (`tests/tools/detection/benign-stream.ts`, seeded): application and instance roles around the clock, a CI role deploying in bursts, a nightly Terraform read sweep, a third-party scanner refused on a few APIs every day, four people (console with MFA, SSO, CLI, own key rotation, occasional refusals), a platform administrator (service roles, scoped policies, port 443 opened to the world now and then), AWS services, and a new person every third day.',
  '',
  table(
    ['run', 'events', 'hours', 'alerts', 'alerts per hour', 'alerts per hour above info', 'by detector'],
    [
      [
        'cold start (nothing learned), week 1',
        cold.events,
        cold.hours,
        cold.alerts.length,
        cold.perHour.toFixed(3),
        cold.perHourAboveInfo.toFixed(3),
        byDetector(cold.alerts),
      ],
      [
        `week 2 after learning week 1 (${learned.learnedWindows} principal-hours learned, model on ${learned.modelSamples} samples)`,
        learned.events,
        learned.hours,
        learned.alerts.length,
        learned.perHour.toFixed(3),
        learned.perHourAboveInfo.toFixed(3),
        byDetector(learned.alerts),
      ],
    ],
  ),
  '',
  'The remaining alerts are the administrator opening port 443 to the world (reported low on purpose) and first appearances of new people (info).',
  '',
  '## A stolen key in a learned account',
  '',
  "After learning week 1, IAM user alice's key is used at 03:00 UTC from a network and client she never used, to list users, roles and secrets and read 25 secrets, amid a normal day of traffic. What each layer says:",
  '',
  table(
    ['detector', 'severity', 'explanation'],
    stolen.map((a) => [a.detectorId, a.severity, a.explanation]),
  ),
  '',
  '## Speed and memory',
  '',
  benchSection(),
  '',
].join('\n');
writeFileSync(out, doc);
console.error(`wrote ${out}`);
