import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-27T00-00_initial.js';
import * as findingHistory from './2026-12-01T00-00_finding-history.js';
import * as detectionBaselines from './2026-12-02T00-00_detection-baselines.js';
import * as findingDiffIndexes from './2026-12-03T00-00_finding-diff-indexes.js';
import * as findingLeanVersions from './2026-12-04T00-00_finding-lean-versions.js';
import * as findingDigests from './2026-12-05T00-00_finding-digests.js';

/**
 * The migrations, in order, listed explicitly (greppable, and the same in ts-jest and in dist).
 * Names are ISO-date prefixed; never edit one that has shipped: add a new one.
 */
export const migrations: Readonly<Record<string, Migration>> = Object.freeze({
  '2026-11-27T00-00_initial': initial,
  '2026-12-01T00-00_finding-history': findingHistory,
  '2026-12-02T00-00_detection-baselines': detectionBaselines,
  '2026-12-03T00-00_finding-diff-indexes': findingDiffIndexes,
  '2026-12-04T00-00_finding-lean-versions': findingLeanVersions,
  '2026-12-05T00-00_finding-digests': findingDigests,
});

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
