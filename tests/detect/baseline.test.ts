import { describe, expect, it } from '@jest/globals';
import { BaselineState } from '../../src/detect/baseline-state.js';
import { poissonTail, Reservoir, WindowAccumulator, windowFeatures, type PrincipalWindow } from '../../src/detect/baseline.js';
import type { AnyDetector } from '../../src/detect/detector.js';
import { allDetectors } from '../../src/detect/detectors/index.js';
import { runDetection } from '../../src/detect/engine.js';
import type { CloudEvent } from '../../src/detect/event.js';
import { BurstTracker } from '../../src/detect/helpers/bursts.js';
import { IsolationForest } from '../../src/detect/model/isolation-forest.js';
import { mulberry32 } from '../../src/detect/model/prng.js';
import { ct, identities, series, T0 } from '../fixtures/events/index.js';

async function* stream(events: readonly CloudEvent[]): AsyncGenerator<CloudEvent> {
  for (const e of events) yield await Promise.resolve(e);
}

describe('the anomaly model', () => {
  const random = mulberry32(7);
  const normal = Array.from({ length: 500 }, () => [random(), random() * 0.1, random()]);

  it('is reproducible: same data and seed, same scores', () => {
    const a = new IsolationForest(normal, { seed: 1 });
    const b = new IsolationForest(normal, { seed: 1 });
    expect(a.score([0.5, 0.05, 0.5])).toBe(b.score([0.5, 0.05, 0.5]));
  });

  it('scores outliers above ordinary points', () => {
    const forest = new IsolationForest(normal, { seed: 1 });
    expect(forest.score([5, 3, -4])).toBeGreaterThan(0.65);
    expect(forest.score([0.5, 0.05, 0.5])).toBeLessThan(0.55);
  });

  it('keeps a fixed-size uniform sample', () => {
    const r = new Reservoir(10);
    for (let i = 0; i < 1000; i++) r.add([i]);
    expect(r.rows).toHaveLength(10);
    expect(r.seen).toBe(1000);
    expect(Math.max(...r.rows.map((x) => x[0] ?? 0))).toBeGreaterThan(100);
  });

  it('computes Poisson tails', () => {
    expect(poissonTail(0, 1)).toBe(1);
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 6);
    expect(poissonTail(20, 0.3)).toBeLessThan(1e-20);
  });
});

describe('principal-windows', () => {
  it('groups events per principal and hour, closes late windows and keeps them small', () => {
    const closed: PrincipalWindow[] = [];
    const acc = new WindowAccumulator((w) => closed.push(w));
    for (const e of series(3, T0, 1000, (i, t) =>
      ct({
        eventName: i === 2 ? 'PutObject' : 'GetObject',
        eventSource: 's3.amazonaws.com',
        time: t,
        errorCode: i === 1 ? 'AccessDenied' : (undefined as unknown as string),
      }),
    ))
      acc.add(e);
    acc.add(ct({ eventName: 'ListUsers', identity: identities.user('bob'), time: T0 + 5000 }));
    acc.end();
    expect(closed.map((w) => [w.display, w.count, w.errors, w.actions.size])).toEqual([
      ['user/alice', 3, 1, 2],
      ['user/bob', 1, 0, 1],
    ]);
  });

  it('describes what is new against a profile', () => {
    const closed: PrincipalWindow[] = [];
    const acc = new WindowAccumulator((w) => closed.push(w));
    acc.add(ct({ eventName: 'CreateUser', region: 'ap-south-1', sourceIp: '203.0.113.5' }));
    acc.end();
    const w = closed[0]!;
    const f = windowFeatures(w, {
      key: w.key,
      provider: 'aws',
      type: 'iam-user',
      display: 'u',
      firstSeen: 0,
      lastSeen: 0,
      events: 100,
      errors: 0,
      activeHours: 10,
      actions: { ListUsers: 100 },
      actionPeaks: { ListUsers: 10 },
      regions: { 'eu-west-1': 10 },
      networks: { '198.51.100.0/24': 10 },
      userAgents: { 'aws-cli': 10 },
      hours: Array<number>(24).fill(0),
    });
    expect(f).toMatchObject({ newActions: ['CreateUser'], newRegions: ['ap-south-1'], newNetworks: ['203.0.113.0/24'], newUserAgents: [], usualRate: 10 });
    expect(f.vector).toHaveLength(10);
  });
});

describe('bursts', () => {
  it('reports one burst per episode with its whole count, in any arrival order', () => {
    const bursts: number[] = [];
    const t = new BurstTracker({ windowMs: 60_000, threshold: 5, onBurst: (b) => bursts.push(b.count) });
    const events = series(8, T0, 1000, (i, time) => ct({ eventName: 'X', time }));
    for (const e of [...events].reverse()) t.add('k', e);
    t.add('k', ct({ eventName: 'X', time: T0 + 3_600_000 }));
    t.end();
    expect(bursts).toEqual([8]);
  });
});

describe('the engine', () => {
  const only = (ids: string[]): AnyDetector[] => allDetectors.filter((d) => ids.includes(d.id));

  it('deduplicates: the same logs twice give the same alert keys', async () => {
    const events = [ct({ eventName: 'StopLogging', eventSource: 'cloudtrail.amazonaws.com', request: { name: 't' } })];
    const opts = { detectors: allDetectors, baseline: new BaselineState(), mode: 'detect' as const, updateBaseline: false, model: null };
    const a = await runDetection(stream(events), opts);
    const b = await runDetection(stream([...events, ...events]), opts);
    expect(b.alerts.map((x) => x.dedupeKey)).toEqual(a.alerts.map((x) => x.dedupeKey));
    expect(a.alerts).toHaveLength(1);
  });

  it('learns from quiet windows but never from windows that alerted', async () => {
    const baseline = new BaselineState();
    const quiet = series(3, T0, 1000, (i, t) => ct({ eventName: 'ListBuckets', eventSource: 's3.amazonaws.com', identity: identities.user('bob'), time: t }));
    const loud = [ct({ eventName: 'StopLogging', eventSource: 'cloudtrail.amazonaws.com', request: { name: 't' }, time: T0 })];
    const r = await runDetection(stream([...quiet, ...loud]), {
      detectors: only(['aws-cloudtrail-logging-stopped']),
      baseline,
      mode: 'detect',
      updateBaseline: true,
      model: null,
    });
    expect(r.stats).toMatchObject({ events: 4, windows: 2, windowsLearned: 1 });
    expect([...baseline.profiles.keys()]).toEqual(['arn:aws:iam::111122223333:user/bob']);
    expect(baseline.reservoir.rows).toHaveLength(1);
  });

  it('raises nothing in learn mode', async () => {
    const r = await runDetection(stream([ct({ eventName: 'StopLogging', eventSource: 'cloudtrail.amazonaws.com', request: { name: 't' } })]), {
      detectors: allDetectors,
      baseline: new BaselineState(),
      mode: 'learn',
      updateBaseline: true,
      model: null,
    });
    expect(r.alerts).toEqual([]);
    expect(r.stats.windowsLearned).toBe(1);
  });

  it('escapes control characters in explanations (names are attacker-controlled)', async () => {
    const r = await runDetection(
      stream([ct({ eventName: 'StopLogging', eventSource: 'cloudtrail.amazonaws.com', request: { name: 'evil\u001b]8;;http://x\u0007' } })]),
      {
        detectors: only(['aws-cloudtrail-logging-stopped']),
        baseline: new BaselineState(),
        mode: 'detect',
        updateBaseline: false,
        model: null,
      },
    );
    expect(r.alerts[0]?.explanation).not.toContain(String.fromCharCode(27));
    expect(r.alerts[0]?.explanation).toContain('\\u001b');
  });
});
