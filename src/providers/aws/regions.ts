/** Which regions a scan covers: the account's enabled regions (EC2 DescribeRegions), narrowed by --regions and --exclude-regions. */
import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { UsageError } from '../../core/errors.js';

export interface RegionInfo {
  readonly name: string;
  /** 'opt-in-not-required' | 'opted-in' | 'not-opted-in', or 'unknown' when DescribeRegions failed. */
  readonly optInStatus: string;
}

/** Every region the partition has, with its opt-in status for this account. */
export async function describeRegions(ec2: EC2Client): Promise<RegionInfo[]> {
  const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
  return (out.Regions ?? []).flatMap((r) => (r.RegionName ? [{ name: r.RegionName, optInStatus: r.OptInStatus ?? 'opt-in-not-required' }] : []));
}

export function isEnabled(region: RegionInfo): boolean {
  return region.optInStatus !== 'not-opted-in';
}

export interface RegionSelection {
  /** Enabled regions to scan, sorted. */
  readonly scan: readonly RegionInfo[];
  /** Regions asked for with --regions that the account has not enabled: recorded as RegionDisabled. */
  readonly disabled: readonly RegionInfo[];
}

/**
 * Applies --regions (default: every enabled region) and --exclude-regions. A name AWS does not
 * know is a usage error; `known` null means DescribeRegions failed and the names are trusted.
 */
export function selectRegions(
  known: readonly RegionInfo[] | null,
  include: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
): RegionSelection {
  const byName = new Map((known ?? []).map((r) => [r.name, r]));
  for (const name of [...(include ?? []), ...(exclude ?? [])]) {
    if (known !== null && !byName.has(name)) throw new UsageError(`unknown AWS region '${name}' (known: ${[...byName.keys()].sort().join(', ')})`);
  }
  const excluded = new Set(exclude ?? []);
  const wanted =
    include !== undefined && include.length > 0
      ? [...new Set(include)].map((name) => byName.get(name) ?? { name, optInStatus: 'unknown' })
      : (known ?? []).filter(isEnabled);
  const chosen = wanted.filter((r) => !excluded.has(r.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (chosen.length === 0 && known !== null) throw new UsageError('no region left to scan after --regions and --exclude-regions');
  return { scan: chosen.filter(isEnabled), disabled: chosen.filter((r) => !isEnabled(r)) };
}
