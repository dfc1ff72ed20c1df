import type { BaselineView, PrincipalProfile } from './baseline.js';
import { Reservoir } from './baseline.js';

/** Samples of principal-window features kept for training the anomaly model. */
export const SAMPLE_CAPACITY = 4096;

/** The learned state as loaded from the store, mutated during a run, saved after it. */
export class BaselineState implements BaselineView {
  readonly profiles: Map<string, PrincipalProfile>;
  readonly changed = new Set<string>();
  learnedWindows: number;
  readonly reservoir: Reservoir;

  constructor(init: { profiles?: Iterable<PrincipalProfile>; learnedWindows?: number; samples?: number[][]; samplesSeen?: number } = {}) {
    this.profiles = new Map([...(init.profiles ?? [])].map((p) => [p.key, p]));
    this.learnedWindows = init.learnedWindows ?? 0;
    this.reservoir = new Reservoir(SAMPLE_CAPACITY, init.samples ?? [], init.samplesSeen ?? init.samples?.length ?? 0);
  }

  profile(key: string): PrincipalProfile | undefined {
    return this.profiles.get(key);
  }
}
