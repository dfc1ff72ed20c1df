import { UsageError } from '../../core/errors.js';
import type { CloudEvent } from '../event.js';
import type * as AwsCloud from './aws-cloud.js';
import type { AwsLogClients } from './aws-cloud.js';
import { azureActivityEvents, defaultAzureLogClient, type AzureLogClient } from './azure-monitor.js';
import type { SourceFailure } from './failures.js';
import { localEvents } from './local.js';
import { newSourceStats, type SourceStats } from './normalize.js';

/** Where detection reads from: any mix of local paths, S3 URLs, LookupEvents and the Azure Activity Log API. */
export interface SourceSpec {
  /** Local files or folders, and s3://bucket/prefix URLs. */
  readonly inputs: readonly string[];
  readonly lookup: boolean;
  /** Azure subscription id for the Activity Log API. */
  readonly subscription: string | null;
  readonly since: number | null;
  readonly until: number | null;
  /** LookupEvents regions (default: every enabled region). */
  readonly regions: readonly string[] | null;
  readonly profile: string | undefined;
  readonly region: string | undefined;
}

export interface SourceDeps {
  readonly aws?: (options: { profile?: string | undefined; region?: string | undefined }) => AwsLogClients;
  readonly azure?: () => Promise<AzureLogClient>;
  readonly now: () => Date;
}

export interface OpenedSources {
  /** Events in batches (one per file chunk or API slice). */
  readonly events: AsyncIterable<CloudEvent[]>;
  readonly stats: SourceStats;
  /** Filled while reading; a non-empty list means the run is incomplete (exit 3). */
  readonly failures: SourceFailure[];
  readonly label: string;
}

const DEFAULT_LOOKBACK_MS = 24 * 3_600_000;

export function openSources(spec: SourceSpec, deps: SourceDeps): OpenedSources {
  if (spec.inputs.length === 0 && !spec.lookup && spec.subscription === null) {
    throw new UsageError('nothing to read: give log files or folders, s3://bucket/prefix, --lookup (CloudTrail API) or --subscription ID (Azure Activity Log)');
  }
  if (spec.since !== null && spec.until !== null && spec.since > spec.until) throw new UsageError('--since is after --until');
  const stats = newSourceStats();
  const failures: SourceFailure[] = [];
  const local = spec.inputs.filter((i) => !i.startsWith('s3://'));
  const s3 = spec.inputs.filter((i) => i.startsWith('s3://'));
  const now = deps.now().getTime();
  const window = { since: spec.since ?? now - DEFAULT_LOOKBACK_MS, until: spec.until ?? now };
  let aws: AwsLogClients | null = null;
  // The AWS SDK loads only when a cloud source is used, so `cspm --help` and local files stay fast.
  const cloud = async (): Promise<typeof AwsCloud> => import('./aws-cloud.js');
  const awsClients = async (): Promise<AwsLogClients> =>
    (aws ??= (deps.aws ?? (await cloud()).defaultAwsLogClients)({ profile: spec.profile, region: spec.region }));
  const inWindow = (e: CloudEvent): boolean => (spec.since === null || e.time >= spec.since) && (spec.until === null || e.time <= spec.until);

  async function* all(): AsyncGenerator<CloudEvent[]> {
    if (local.length > 0)
      for await (const batch of localEvents(local, stats)) {
        const kept = spec.since === null && spec.until === null ? batch : batch.filter(inWindow);
        if (kept.length > 0) yield kept;
      }
    for (const url of s3) yield* (await cloud()).s3Events(url, { since: spec.since, until: spec.until }, await awsClients(), stats, failures);
    if (spec.lookup) {
      const { enabledRegions, lookupEvents } = await cloud();
      const regions = spec.regions ?? (await enabledRegions(await awsClients(), failures));
      yield* lookupEvents(window, regions, await awsClients(), stats, failures);
    }
    if (spec.subscription !== null) {
      const client = await (deps.azure ?? defaultAzureLogClient)();
      yield* azureActivityEvents(spec.subscription, window, client, stats, failures);
    }
  }

  const label = [
    ...spec.inputs,
    ...(spec.lookup ? ['CloudTrail LookupEvents'] : []),
    ...(spec.subscription !== null ? [`Azure Activity Log of ${spec.subscription}`] : []),
  ].join(', ');
  return { events: all(), stats, failures, label };
}
