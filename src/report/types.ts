import type { RuleRegistry } from '../engine/registry.js';
import type { ScanResult } from '../engine/result.js';

export interface ReportContext {
  readonly rules: RuleRegistry;
  /** Colours on (TTY without NO_COLOR) or off. */
  readonly color: boolean;
  /** Terminal width for tables. */
  readonly width: number;
}

/** Reporters are pure: the same result gives the same text. */
export type Reporter = (result: ScanResult, ctx: ReportContext) => string;
