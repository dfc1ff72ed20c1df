/**
 * False alarms on the benign synthetic stream: alerts per hour with no baseline (cold start) and
 * after learning the previous week. Shared by the jest test and the report generator.
 */
import type { Alert } from '../../../src/detect/alert.js';
import { BaselineState } from '../../../src/detect/baseline-state.js';
import { allDetectors } from '../../../src/detect/detectors/index.js';
import { runDetection } from '../../../src/detect/engine.js';
import type { CloudEvent } from '../../../src/detect/event.js';
import { buildModel } from '../../../src/detect/model/index.js';
import { normalizeRecord } from '../../../src/detect/sources/normalize.js';
import { benignRecords, type BenignOptions } from './benign-stream.js';

export interface BenignResult {
  readonly events: number;
  readonly hours: number;
  readonly alerts: readonly Alert[];
  /** Alerts per hour, all severities and without the 'info' signals. */
  readonly perHour: number;
  readonly perHourAboveInfo: number;
}

async function* events(options: BenignOptions): AsyncGenerator<CloudEvent> {
  for (const r of benignRecords(options)) {
    const e = normalizeRecord(r);
    if (e) yield await Promise.resolve(e);
  }
}

function result(alerts: readonly Alert[], n: number, hours: number): BenignResult {
  const aboveInfo = alerts.filter((a) => a.severity !== 'info').length;
  return { events: n, hours, alerts, perHour: alerts.length / hours, perHourAboveInfo: aboveInfo / hours };
}

/** Detection on `hours` of benign traffic with nothing learned. */
export async function coldStart(hours: number, scale = 1): Promise<BenignResult> {
  const r = await runDetection(events({ hours, scale }), {
    detectors: allDetectors,
    baseline: new BaselineState(),
    mode: 'detect',
    updateBaseline: false,
    model: null,
  });
  return result(r.alerts, r.stats.events, hours);
}

/** Learn `learnHours`, then detect on the following `detectHours` (baselines keep updating, as `cspm detect` does). */
export async function afterLearning(
  learnHours: number,
  detectHours: number,
  scale = 1,
): Promise<BenignResult & { readonly learnedWindows: number; readonly modelSamples: number }> {
  const baseline = new BaselineState();
  const start = Date.parse('2026-10-05T00:00:00Z');
  await runDetection(events({ hours: learnHours, scale, start }), { detectors: allDetectors, baseline, mode: 'learn', updateBaseline: true, model: null });
  const model = buildModel(baseline);
  const r = await runDetection(events({ hours: detectHours, scale, start: start + learnHours * 3_600_000, seed: 77 }), {
    detectors: allDetectors,
    baseline,
    mode: 'detect',
    updateBaseline: true,
    model,
  });
  return { ...result(r.alerts, r.stats.events, detectHours), learnedWindows: baseline.learnedWindows, modelSamples: model?.trainedOn ?? 0 };
}

/**
 * A stolen key in a learned account: after a week of learning, IAM user alice's key is used at
 * 03:00 UTC from a network and client he never used, to list identities and secrets and read
 * twenty-five secrets. Shows what the learned detectors add to the known-bad ones.
 */
export async function stolenKeyScenario(learnHours = 168): Promise<readonly Alert[]> {
  const baseline = new BaselineState();
  const start = Date.parse('2026-10-05T00:00:00Z');
  await runDetection(events({ hours: learnHours, start }), { detectors: allDetectors, baseline, mode: 'learn', updateBaseline: true, model: null });
  const model = buildModel(baseline);
  const t0 = start + learnHours * 3_600_000 + 3 * 3_600_000;
  const identity = {
    type: 'IAMUser',
    principalId: 'AIDAALICE',
    arn: 'arn:aws:iam::123456789012:user/alice',
    accountId: '123456789012',
    accessKeyId: 'AKIAALICE00000000',
    userName: 'alice',
  };
  const calls: [string, string, Record<string, unknown> | null][] = [
    ['sts', 'GetCallerIdentity', null],
    ['iam', 'ListUsers', null],
    ['iam', 'ListRoles', null],
    ['secretsmanager', 'ListSecrets', null],
    ...Array.from({ length: 25 }, (_, i): [string, string, Record<string, unknown>] => ['secretsmanager', 'GetSecretValue', { secretId: `prod/service-${i}` }]),
    ['ec2', 'DescribeInstances', null],
  ];
  const attack = calls.map(([source, name, request], i) =>
    normalizeRecord({
      eventVersion: '1.09',
      userIdentity: identity,
      eventTime: new Date(t0 + i * 2000).toISOString(),
      eventSource: `${source}.amazonaws.com`,
      eventName: name,
      awsRegion: name === 'DescribeInstances' ? 'ap-southeast-1' : 'eu-west-1',
      sourceIPAddress: '185.220.101.47',
      userAgent: 'Boto3/1.26.0 Python/3.10.6 Linux/5.15 Botocore/1.29.0',
      requestParameters: request,
      responseElements: null,
      eventID: `attack-${i}`,
      readOnly: true,
      eventType: 'AwsApiCall',
      recipientAccountId: '123456789012',
    }),
  );
  async function* mixed(): AsyncGenerator<CloudEvent> {
    const quiet = events({ hours: 24, start: start + learnHours * 3_600_000, seed: 99 });
    let injected = false;
    for await (const e of quiet) {
      if (!injected && e.time >= t0) {
        for (const a of attack) if (a) yield a;
        injected = true;
      }
      yield e;
    }
  }
  const r = await runDetection(mixed(), { detectors: allDetectors, baseline, mode: 'detect', updateBaseline: true, model });
  return r.alerts.filter((a) => a.principal === 'user/alice');
}
