import type { FrameworkData } from '../compliance/framework.js';
import type { RuleRegistry } from '../engine/registry.js';
import type { ScanResult } from '../engine/result.js';
import type { Severity } from '../core/types.js';

export interface ReportContext {
  readonly rules: RuleRegistry;
  /** Colours on (TTY without NO_COLOR) or off. */
  readonly color: boolean;
  /** Terminal width for tables. */
  readonly width: number;
  /** Compliance frameworks, for the controls each rule maps to (SARIF tags); loaded by the command. */
  readonly frameworks?: readonly FrameworkData[];
  /** Earlier stored scans of the same scope, oldest first, ending with this one (HTML trend). */
  readonly history?: readonly HistoryPoint[];
  /** SARIF only: anchor every result to this repository file (relative path) instead of a pseudo path. */
  readonly sarifAnchor?: string;
  /** Where a reporter says that its output is incomplete (e.g. SARIF truncated to GitHub's limits). */
  readonly warn?: (message: string) => void;
}

/** One stored scan as a point of a trend. */
export interface HistoryPoint {
  readonly scanId: number;
  readonly finishedAt: string;
  /** Unmuted FAIL findings per severity. */
  readonly failingBySeverity: Readonly<Record<Severity, number>>;
  /** Overall score per framework id, null when nothing was assessed. */
  readonly compliance: Readonly<Record<string, number | null>>;
}

/** Reporters are pure: the same result gives the same text. */
export type Reporter = (result: ScanResult, ctx: ReportContext) => string;
