import { createHash } from 'node:crypto';
import { evaluateCompliance } from '../compliance/evaluate.js';
import type { FrameworkData } from '../compliance/framework.js';
import { toolVersion } from '../core/version.js';
import type { Severity } from '../core/types.js';
import type { Inventory } from '../inventory/inventory.js';
import type { InventoryScope } from '../inventory/types.js';
import { evaluate } from './evaluate.js';
import type { Finding, Mute } from './finding.js';
import { REPORT_SCHEMA_VERSION, summarize, type ScanResult, type ScanSource } from './result.js';
import type { AnyRule } from './rule.js';

export interface ScanOptions {
  readonly source: ScanSource;
  readonly rules: readonly AnyRule[];
  readonly startedAt: Date;
  readonly finishedAt: () => Date;
  /** Keep only findings of these severities (null: all). */
  readonly severity: readonly Severity[] | null;
  /** The --checks patterns that selected `rules`, recorded for comparability. */
  readonly checks: readonly string[] | null;
  readonly frameworks: readonly FrameworkData[];
  /** Decides whether a finding is muted (suppressions); null: nothing is muted. */
  readonly mute?: ((finding: Finding) => Mute | null) | null;
}

/** Evaluates an inventory into a ScanResult: findings, muting, compliance, summary. Pure but for the clock. */
export function runScan(inventory: Inventory, options: ScanOptions): ScanResult {
  let findings = evaluate(inventory, options.rules);
  if (options.severity) {
    const keep = new Set(options.severity);
    findings = findings.filter((f) => keep.has(f.severity));
  }
  const mute = options.mute;
  if (mute) {
    findings = findings.map((f) => {
      const m = f.status === 'FAIL' ? mute(f) : null;
      return m ? { ...f, muted: m } : f;
    });
  }
  const ruleIds = options.rules.map((r) => r.id);
  const rulesRun = new Set(ruleIds);
  const compliance = [...options.frameworks].sort((a, b) => a.id.localeCompare(b.id)).map((fw) => evaluateCompliance(fw, findings, rulesRun));
  const complete = inventory.errors.length === 0 && !findings.some((f) => f.status === 'ERROR');
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    scan: {
      id: null,
      toolVersion: toolVersion(),
      startedAt: options.startedAt.toISOString(),
      finishedAt: options.finishedAt().toISOString(),
      collectedAt: inventory.data.collectedAt,
      source: options.source,
      scopes: inventory.scopes,
      complete,
      rules: ruleIds,
      filters: { checks: options.checks, severity: options.severity },
      scopeKey: scopeKeyOf(inventory.scopes, ruleIds, options.severity),
      resourceCount: inventory.size,
    },
    summary: summarize(findings),
    findings,
    errors: inventory.errors,
    compliance,
  };
}

/**
 * Scans with the same providers, accounts, regions and rule selection are comparable (history,
 * diffs, lifecycle). The key is a short hash of exactly those.
 */
export function scopeKeyOf(scopes: readonly InventoryScope[], ruleIds: readonly string[], severity: readonly Severity[] | null): string {
  const canonical = JSON.stringify({
    scopes: scopes.map((s) => [s.provider, s.account, [...s.regions].sort()]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    rules: [...ruleIds].sort(),
    severity: severity ? [...severity].sort() : null,
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Attaches the stored scan id. */
export function withScanId(result: ScanResult, id: number): ScanResult {
  return { ...result, scan: { ...result.scan, id } };
}
