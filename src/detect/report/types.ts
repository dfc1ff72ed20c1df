import type { StoredAlert } from '../alert.js';

/** What a detection run did, for the report header and the JSON summary. */
export interface DetectionSummary {
  readonly source: string;
  readonly events: number;
  readonly files: number;
  readonly skipped: number;
  readonly firstEvent: string | null;
  readonly lastEvent: string | null;
  readonly principals: number;
  readonly windows: number;
  readonly windowsLearned: number;
  /** What was learned before this run (after it, for --learn): learnedWindows 0 means nothing yet. */
  readonly baseline: { readonly principals: number; readonly learnedWindows: number; readonly modelTrainedOn: number | null };
  readonly newAlerts: number;
  readonly repeatedAlerts: number;
}

export interface AlertReportContext {
  readonly color: boolean;
  readonly toolVersion: string;
  readonly now: Date;
}

/** Pure: alerts (as stored, with ids and status) and the run summary in, text out. */
export type AlertReporter = (alerts: readonly StoredAlert[], summary: DetectionSummary | null, ctx: AlertReportContext) => string;
