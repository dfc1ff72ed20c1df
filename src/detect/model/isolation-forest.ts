import { mulberry32 } from './prng.js';

/**
 * Isolation forest (Liu, Ting and Zhou, 2008): anomalies are isolated by fewer random splits.
 * The score is 2^(-E[h(x)] / c(n)); near 1 means anomalous, around 0.5 or below means ordinary.
 * Seeded, so the same training data always gives the same forest and the same scores.
 */
export interface IsolationForestOptions {
  readonly trees?: number;
  readonly sampleSize?: number;
  readonly seed?: number;
}

type Node = { readonly size: number } | { readonly feature: number; readonly split: number; readonly left: Node; readonly right: Node };

export class IsolationForest {
  readonly #trees: Node[] = [];
  readonly #c: number;
  readonly dimensions: number;
  readonly trainedOn: number;

  constructor(data: readonly (readonly number[])[], options: IsolationForestOptions = {}) {
    if (data.length < 2) throw new Error('an isolation forest needs at least two samples');
    const random = mulberry32(options.seed ?? 42);
    const sampleSize = Math.min(options.sampleSize ?? 256, data.length);
    const maxDepth = Math.ceil(Math.log2(sampleSize));
    this.dimensions = data[0]?.length ?? 0;
    this.trainedOn = data.length;
    this.#c = averagePathLength(sampleSize);
    for (let t = 0; t < (options.trees ?? 100); t++) {
      const sample: (readonly number[])[] = [];
      for (let i = 0; i < sampleSize; i++) sample.push(data[Math.floor(random() * data.length)] ?? []);
      this.#trees.push(build(sample, 0, maxDepth, random, this.dimensions));
    }
  }

  /** Anomaly score in (0, 1). */
  score(x: readonly number[]): number {
    let total = 0;
    for (const tree of this.#trees) total += pathLength(tree, x, 0);
    return 2 ** (-(total / this.#trees.length) / this.#c);
  }
}

function build(sample: readonly (readonly number[])[], depth: number, maxDepth: number, random: () => number, dims: number): Node {
  if (depth >= maxDepth || sample.length <= 1) return { size: sample.length };
  // Pick a feature that varies in this sample; a constant sample is a leaf.
  const order = Array.from({ length: dims }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  for (const feature of order) {
    let min = Infinity;
    let max = -Infinity;
    for (const row of sample) {
      const v = row[feature] ?? 0;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max <= min) continue;
    const split = min + random() * (max - min);
    const left = sample.filter((row) => (row[feature] ?? 0) < split);
    const right = sample.filter((row) => (row[feature] ?? 0) >= split);
    return { feature, split, left: build(left, depth + 1, maxDepth, random, dims), right: build(right, depth + 1, maxDepth, random, dims) };
  }
  return { size: sample.length };
}

function pathLength(node: Node, x: readonly number[], depth: number): number {
  if ('size' in node) return depth + averagePathLength(node.size);
  return pathLength((x[node.feature] ?? 0) < node.split ? node.left : node.right, x, depth + 1);
}

/** c(n): the average path length of an unsuccessful binary search tree lookup. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + 0.5772156649) - (2 * (n - 1)) / n;
}
