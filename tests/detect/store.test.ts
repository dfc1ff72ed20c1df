import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Alert } from '../../src/detect/alert.js';
import { BaselineState } from '../../src/detect/baseline-state.js';
import { emptyProfile } from '../../src/detect/baseline.js';
import { openStore, type Store } from '../../src/store/db.js';
import { listAlerts, saveAlerts, setAlertStatus } from '../../src/store/repos/alerts.js';
import { loadBaseline, saveBaseline } from '../../src/store/repos/baselines.js';

const alert = (key: string, over: Partial<Alert> = {}): Alert => ({
  dedupeKey: key,
  detectorId: 'aws-cloudtrail-logging-stopped',
  kind: 'stopped',
  title: 'CloudTrail trail stopped or deleted',
  severity: 'high',
  provider: 'aws',
  account: '111122223333',
  region: 'eu-west-1',
  principal: 'user/alice',
  principalKey: 'arn:aws:iam::111122223333:user/alice',
  firstSeen: '2026-11-01T09:00:00.000Z',
  lastSeen: '2026-11-01T09:00:00.000Z',
  eventCount: 1,
  explanation: 'user/alice stopped CloudTrail trail main in eu-west-1 from 198.51.100.10.',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  evidence: { events: [], facts: { trail: 'main' } },
  ...over,
});

describe('alert and baseline storage', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('never duplicates an alert, widens its span, and keeps its triage status', async () => {
    const now = new Date('2026-11-02T10:00:00Z');
    const first = await saveAlerts(store.db, [alert('k1'), alert('k2', { severity: 'low' })], now);
    expect(first).toMatchObject({ inserted: 2, updated: 0 });
    const id = first.stored[0]!.id;
    await setAlertStatus(store.db, id, { status: 'acknowledged', reason: 'red team exercise', by: 'sam', now });
    const again = await saveAlerts(store.db, [alert('k1', { lastSeen: '2026-11-01T10:00:00.000Z', eventCount: 3 })], now);
    expect(again).toMatchObject({ inserted: 0, updated: 1 });
    expect(again.stored[0]).toMatchObject({
      id,
      status: 'acknowledged',
      statusReason: 'red team exercise',
      statusBy: 'sam',
      eventCount: 3,
      lastSeen: '2026-11-01T10:00:00.000Z',
      kind: 'stopped',
    });
    expect(await listAlerts(store.db)).toHaveLength(2);
    expect((await listAlerts(store.db, { status: 'open' })).map((a) => a.dedupeKey)).toEqual(['k2']);
    expect((await listAlerts(store.db, { severities: ['high'] })).map((a) => a.dedupeKey)).toEqual(['k1']);
  });

  it('stores ATT&CK tactics and techniques in their columns', async () => {
    await saveAlerts(
      store.db,
      [
        alert('k', {
          attack: [
            { tactic: 'defense-evasion', technique: 'T1562.007', name: 'x' },
            { tactic: 'exfiltration', technique: 'T1048', name: 'y' },
          ],
        }),
      ],
      new Date(),
    );
    const row = await store.db.selectFrom('anomaly_alert').selectAll().executeTakeFirstOrThrow();
    expect([row.mitre_tactic, row.mitre_technique]).toEqual(['Defense Evasion, Exfiltration', 'T1562.007, T1048']);
  });

  it('returns null for an unknown alert id', async () => {
    expect(await setAlertStatus(store.db, 99, { status: 'closed', reason: 'x', by: 'y', now: new Date() })).toBeNull();
  });

  it('round-trips baselines and the model sample', async () => {
    const state = new BaselineState();
    const p = {
      ...emptyProfile({ key: 'k', provider: 'aws', type: 'iam-user', display: 'user/k', start: Date.parse('2026-11-01T00:00:00Z') }),
      events: 5,
      activeHours: 2,
      actions: { ListUsers: 5 },
    };
    state.profiles.set('k', p);
    state.changed.add('k');
    state.learnedWindows = 2;
    state.reservoir.add([1, 2, 3]);
    expect(await saveBaseline(store.db, state, new Date())).toBe(1);
    const loaded = await loadBaseline(store.db);
    expect(loaded.learnedWindows).toBe(2);
    expect(loaded.profile('k')).toMatchObject({ events: 5, activeHours: 2, actions: { ListUsers: 5 }, display: 'user/k' });
    expect(loaded.reservoir.rows).toEqual([[1, 2, 3]]);
  });
});
