/**
 * Live AWS collection of a mocked ~5,000-resource account over 17 regions, every HTTP attempt
 * taking 50 ms, the delay injected at the SDK request-handler level (canned HTTP responses, so
 * request serialisation, signing and response parsing run for real). Reported against the lower
 * bound: max(critical path, calls / concurrency) × latency.
 */
import { silentLogger } from '../../../src/core/logger.js';
import { collectAwsInventory, DEFAULT_CONCURRENCY } from '../../../src/providers/aws/provider.js';
import { FakeAws } from '../../support/aws/fake-aws.js';
import { fakeTransport, type CachedResponse, type RecordedRequest } from '../../support/aws/transport.js';
import { benchAccount, BENCH_REGIONS } from '../aws-account.js';
import { fmtMs, mdTable, timed, type BenchSuite } from '../suite.js';

const LATENCY_MS = 50;
const PAGE_SIZE = 100;

interface Run {
  readonly concurrency: number;
  readonly ms: number;
  readonly calls: number;
  readonly resources: number;
  readonly errors: number;
  /** Longest chain of dependent calls (see criticalPath). */
  readonly depth: number;
}

/**
 * The longest chain of calls that must follow one another, from the calls actually made: STS and
 * DescribeRegions, then the deepest collector chain (IAM: every page of GetAccountAuthorizationDetails,
 * then a user's ListAccessKeys, then GetAccessKeyLastUsed; S3: ListBuckets pages, then hydration, then
 * policy status; KMS: ListKeys pages in one region, DescribeKey, GetKeyRotationStatus; the credential
 * report's polls then GetCredentialReport).
 */
export function criticalPath(requests: readonly RecordedRequest[]): number {
  const count = (command: string, service?: string) => requests.filter((r) => r.command === command && (service === undefined || r.service === service)).length;
  const perHost = (command: string): number => {
    const byHost = new Map<string, number>();
    for (const r of requests) if (r.command === command) byHost.set(r.hostname, (byHost.get(r.hostname) ?? 0) + 1);
    return Math.max(0, ...byHost.values());
  };
  const has = (command: string) => (count(command) > 0 ? 1 : 0);
  const base = 2;
  return Math.max(
    base + count('GetAccountAuthorizationDetails') + 1 + has('GetAccessKeyLastUsed'),
    base + count('GenerateCredentialReport') + has('GetCredentialReport'),
    base + count('ListBuckets') + 1 + has('GetBucketPolicyStatus'),
    base + perHost('ListKeys') + 1 + has('GetKeyRotationStatus'),
    base + 2,
  );
}

const responses = new Map<string, CachedResponse>();

async function run(concurrency: number): Promise<Run> {
  const fake = new FakeAws(benchAccount(), PAGE_SIZE);
  const transport = fakeTransport(fake, { latencyMs: LATENCY_MS, cache: responses });
  const { value, ms } = await timed(() =>
    collectAwsInventory({
      env: {},
      region: 'us-east-1',
      now: () => new Date('2026-11-02T10:00:00.000Z'),
      logger: silentLogger,
      credentials: () => Promise.resolve({ accessKeyId: 'AKIABENCH', secretAccessKey: 'bench' }),
      requestHandler: transport.requestHandler,
      plugins: transport.plugins,
      concurrency,
      tuning: { credentialReportPollMs: LATENCY_MS, credentialReportMaxPolls: 5 },
    }),
  );
  return {
    concurrency,
    ms,
    calls: transport.attempts(),
    resources: value.resources.length,
    errors: value.errors.length,
    depth: criticalPath(transport.requests),
  };
}

export const awsCollectionSuite: BenchSuite = {
  id: 'aws-collection',
  title: 'AWS collection (mocked account, 50 ms per call)',
  async run() {
    await run(DEFAULT_CONCURRENCY); // warm-up: module loading, JIT, and the fake server's encoded answers
    const unbounded = await run(100_000);
    const concurrencies = [...new Set([DEFAULT_CONCURRENCY, ...(process.env['CSPM_BENCH_CONCURRENCY'] ?? '8,16,32,64').split(',').map(Number)])].sort(
      (a, b) => a - b,
    );
    const runs: Run[] = [];
    for (const c of concurrencies) runs.push(await run(c));
    const serial = await run(1);
    const bound = (r: Run) => Math.max(unbounded.depth, Math.ceil(r.calls / r.concurrency)) * LATENCY_MS;
    const rows = [...runs, serial]
      .sort((a, b) => a.concurrency - b.concurrency)
      .map((r) => [
        `${r.concurrency}${r.concurrency === DEFAULT_CONCURRENCY ? ' (default)' : ''}`,
        r.calls,
        fmtMs(r.ms),
        fmtMs(bound(r)),
        `${(r.ms / bound(r)).toFixed(2)}×`,
        `${(serial.ms / r.ms).toFixed(1)}×`,
        r.resources,
        r.errors,
      ]);
    const def = runs.find((r) => r.concurrency === DEFAULT_CONCURRENCY)!;
    return [
      `A generated account (tests/bench/aws-account.ts) of ${def.resources} resources in ${BENCH_REGIONS.length} regions, every list paged by ${PAGE_SIZE}, collected by`,
      'the real provider and collectors through the real SDK clients; the request handler answers with canned HTTP responses in each',
      `service's wire protocol after ${LATENCY_MS} ms (answers are encoded once, in a warm-up run, so the fake server's work is not counted).`,
      `The lower bound is max(critical path, calls ÷ concurrency) × ${LATENCY_MS} ms; the critical path is ${unbounded.depth} dependent calls`,
      `(see criticalPath in the suite). With no limit on concurrency the run took ${fmtMs(unbounded.ms)}: the CPU cost of the SDK itself`,
      `(serialisation, signing, parsing) on this machine, ${((unbounded.ms / unbounded.calls) * 1).toFixed(1)} ms per call.`,
      '',
      mdTable(['Concurrency', 'HTTP calls', 'Wall time', 'Lower bound', 'vs bound', 'Speed-up vs 1', 'Resources', 'Errors'], rows),
      '',
      `At the default concurrency (${DEFAULT_CONCURRENCY}) collection takes ${(def.ms / bound(def)).toFixed(2)}× the lower bound (target: 1.5×).`,
    ].join('\n');
  },
};
