import type { Provider } from '../core/types.js';

/** A benchmark or standard, as data (rules/frameworks/<id>.json): every control, and the rules that assess it. */
export interface FrameworkData {
  /** The JSON schema the file follows (for editors); ignored by cspm. */
  readonly $schema?: string;
  /** e.g. 'cis-aws-v7.0.0': equal to the file name. */
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly provider: Provider;
  /** Where the control list comes from. */
  readonly source: string;
  readonly sections: readonly FrameworkSection[];
  readonly controls: readonly FrameworkControl[];
}

export interface FrameworkSection {
  readonly id: string;
  readonly title: string;
}

export interface FrameworkControl {
  /** The control id in this framework version, e.g. '3.1.4'. */
  readonly id: string;
  readonly title: string;
  /** The id of the top-level section it belongs to. */
  readonly section: string;
  /** e.g. 'L1', 'L2'; null for frameworks without levels. */
  readonly level: string | null;
  readonly assessment: 'automated' | 'manual';
  /** Rule ids that assess it; empty for a control cspm cannot assess. */
  readonly rules: readonly string[];
  /** Why a control has no rules (shown as the MANUAL reason). */
  readonly reason?: string;
  /**
   * A caveat an auditor should read with the result: what the rules do not cover, or where the
   * sources disagree on the control (shown in reports and in the coverage page).
   */
  readonly note?: string;
}
