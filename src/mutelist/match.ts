import { globMatcher } from '../core/glob.js';
import type { Finding, Mute } from '../engine/finding.js';
import { isExpired, type LoadedMute, type Mutelist } from './load.js';

/** Looks up a resource's tags by id (from the inventory being scanned); undefined when unknown. */
export type TagLookup = (resourceId: string) => Readonly<Record<string, string>> | undefined;

interface CompiledMute {
  readonly mute: LoadedMute;
  readonly matches: (finding: Finding, tags: TagLookup | null) => boolean;
}

/** Does an entry cover a finding? Tags are checked only when a lookup is given (`null`: ignore tags). */
export function compileMute(mute: LoadedMute): CompiledMute {
  const { entry } = mute;
  const rule = globMatcher([entry.rule]);
  const resource = entry.resource === undefined ? null : globMatcher([entry.resource]);
  const account = entry.account === undefined ? null : globMatcher([entry.account]);
  const region = entry.region === undefined ? null : globMatcher([entry.region]);
  const tags = Object.entries(entry.tags ?? {}).map(([key, value]) => [key, globMatcher([value])] as const);
  return {
    mute,
    matches(finding, lookup) {
      if (!rule(finding.ruleId)) return false;
      if (resource && !resource(finding.resource.id) && !resource(finding.resource.name)) return false;
      if (account && !account(finding.resource.account)) return false;
      if (region && !region(finding.resource.region)) return false;
      if (tags.length > 0 && lookup) {
        const actual = lookup(finding.resource.id) ?? {};
        for (const [key, matcher] of tags) {
          const value = actual[key];
          if (value === undefined || !matcher(value)) return false;
        }
      }
      return true;
    },
  };
}

export interface Muter {
  /** The mute for a failing finding: the first entry in file order that is not expired and matches. */
  readonly mute: (finding: Finding) => Mute | null;
  /** Entries past their expiry: they mute nothing and are reported. */
  readonly expired: readonly LoadedMute[];
}

/** Builds the `mute` hook of runScan from a mutelist, the clock and the inventory's tags. */
export function createMuter(list: Mutelist, now: Date, tags: TagLookup): Muter {
  const active: CompiledMute[] = [];
  const expired: LoadedMute[] = [];
  for (const mute of list.mutes) {
    if (isExpired(mute, now)) expired.push(mute);
    else active.push(compileMute(mute));
  }
  return {
    expired,
    mute(finding) {
      const hit = active.find((c) => c.matches(finding, tags));
      if (!hit) return null;
      return { reason: hit.mute.entry.reason, expires: hit.mute.entry.expires ?? null, source: hit.mute.source };
    },
  };
}

/** How many of `findings` each entry covers (tags checked only with a lookup); entries in file order. */
export function matchCounts(list: Mutelist, findings: readonly Finding[], tags: TagLookup | null): Map<LoadedMute, number> {
  const counts = new Map<LoadedMute, number>();
  for (const mute of list.mutes) {
    const compiled = compileMute(mute);
    counts.set(mute, findings.filter((f) => compiled.matches(f, tags)).length);
  }
  return counts;
}
