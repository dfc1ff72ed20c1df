/** A benchmark suite: measures something and returns a markdown section for docs/benchmarks.md. */
export interface BenchSuite {
  /** Short id, used by `npm run bench -- <id>` to run one suite. */
  readonly id: string;
  readonly title: string;
  run(): Promise<string>;
}

/** Wall time of an async function, in milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Samples RSS every few milliseconds while `fn` runs; returns the peak in MiB. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMiB: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A markdown table from a header row and rows. */
export function mdTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
