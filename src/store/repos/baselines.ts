import type { Kysely } from 'kysely';
import type { Provider } from '../../core/types.js';
import type { PrincipalProfile } from '../../detect/baseline.js';
import { BaselineState } from '../../detect/baseline-state.js';
import type { PrincipalType } from '../../detect/event.js';
import type { Database } from '../schema.js';

/** Bumped when the meaning of the model's features changes: older samples are then discarded. */
export const FEATURE_VERSION = '1';

/** Loads every learned profile and the model's training sample. */
export async function loadBaseline(db: Kysely<Database>): Promise<BaselineState> {
  const state = Object.fromEntries((await db.selectFrom('detection_state').selectAll().execute()).map((r) => [r.key, r.value]));
  const sameFeatures = state['feature_version'] === undefined || state['feature_version'] === FEATURE_VERSION;
  const profiles = (await db.selectFrom('principal_profile').selectAll().execute()).map((r): PrincipalProfile => {
    const p = JSON.parse(r.profile_json) as Pick<PrincipalProfile, 'actions' | 'regions' | 'networks' | 'userAgents' | 'hours'> & {
      actionPeaks?: Record<string, number>;
    };
    return {
      key: r.principal_key,
      provider: r.provider as Provider,
      type: r.principal_type as PrincipalType,
      display: r.display,
      firstSeen: Date.parse(r.first_seen),
      lastSeen: Date.parse(r.last_seen),
      events: r.event_count,
      errors: r.error_count,
      activeHours: r.active_hours,
      actions: p.actions,
      actionPeaks: p.actionPeaks ?? {},
      regions: p.regions,
      networks: p.networks,
      userAgents: p.userAgents,
      hours: p.hours,
    };
  });
  const samples = sameFeatures
    ? (await db.selectFrom('anomaly_model_sample').selectAll().orderBy('slot').execute()).map((r) => JSON.parse(r.features_json) as number[])
    : [];
  return new BaselineState({
    profiles,
    learnedWindows: Number(state['learned_windows'] ?? 0),
    samples,
    samplesSeen: sameFeatures ? Number(state['samples_seen'] ?? samples.length) : 0,
  });
}

/** Writes the profiles that changed in this run and the training sample, in one transaction. */
export async function saveBaseline(db: Kysely<Database>, baseline: BaselineState, now: Date): Promise<number> {
  const at = now.toISOString();
  const changed = [...baseline.changed].map((k) => baseline.profiles.get(k)).filter((p): p is PrincipalProfile => p !== undefined);
  await db.transaction().execute(async (tx) => {
    for (const p of changed) {
      const row = {
        principal_key: p.key,
        provider: p.provider,
        principal_type: p.type,
        display: p.display,
        first_seen: new Date(p.firstSeen).toISOString(),
        last_seen: new Date(p.lastSeen).toISOString(),
        event_count: p.events,
        error_count: p.errors,
        active_hours: p.activeHours,
        profile_json: JSON.stringify({
          actions: p.actions,
          actionPeaks: p.actionPeaks,
          regions: p.regions,
          networks: p.networks,
          userAgents: p.userAgents,
          hours: p.hours,
        }),
        updated_at: at,
      };
      await tx
        .insertInto('principal_profile')
        .values(row)
        .onConflict((oc) => oc.column('principal_key').doUpdateSet(row))
        .execute();
    }
    await tx.deleteFrom('anomaly_model_sample').execute();
    const rows = baseline.reservoir.rows.map((r, slot) => ({ slot, features_json: JSON.stringify(r.map((v) => Number(v.toFixed(6)))) }));
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('anomaly_model_sample')
        .values(rows.slice(i, i + 500))
        .execute();
    for (const [key, value] of [
      ['learned_windows', String(baseline.learnedWindows)],
      ['samples_seen', String(baseline.reservoir.seen)],
      ['feature_version', FEATURE_VERSION],
    ] as const) {
      await tx
        .insertInto('detection_state')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
  baseline.changed.clear();
  return changed.length;
}
