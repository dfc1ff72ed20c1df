import type { BaselineState } from '../baseline-state.js';
import type { AnomalyModel } from '../detector.js';
import { IsolationForest } from './isolation-forest.js';

/** Principal-windows the model needs before it is trusted. */
export const MIN_TRAINING_SAMPLES = 64;
export const MODEL_SEED = 0x5eed;

/** The anomaly model trained on the learned sample (seeded: same sample, same model), or null. */
export function buildModel(baseline: BaselineState): AnomalyModel | null {
  const rows = baseline.reservoir.rows;
  if (rows.length < MIN_TRAINING_SAMPLES) return null;
  return new IsolationForest(rows, { trees: 100, sampleSize: 256, seed: MODEL_SEED });
}
