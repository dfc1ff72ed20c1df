import { ExitCode } from '../core/exit-codes.js';
import { atOrAbove, type Severity } from '../core/types.js';
import { isActiveFailure, type Finding } from './finding.js';
import type { ScanResult } from './result.js';

export type FailOn = Severity | 'none';

export interface GateOptions {
  readonly failOn: FailOn;
  /** Narrows which failures count (e.g. only new ones, for --fail-on-new); default: all. */
  readonly counts?: (finding: Finding) => boolean;
}

/**
 * The exit-code contract: 3 when the scan is incomplete (any collection error or ERROR result),
 * else 1 when an unmuted FAIL at or above --fail-on counts, else 0.
 */
export function exitCodeFor(result: ScanResult, options: GateOptions): ExitCode {
  if (!result.scan.complete || result.summary.byStatus.ERROR > 0) return ExitCode.INCOMPLETE;
  return gatingFailures(result, options).length > 0 ? ExitCode.FINDINGS : ExitCode.OK;
}

export function gatingFailures(result: ScanResult, options: GateOptions): Finding[] {
  const { failOn } = options;
  if (failOn === 'none') return [];
  const counts = options.counts ?? (() => true);
  return result.findings.filter((f) => isActiveFailure(f) && atOrAbove(f.severity, failOn) && counts(f));
}
