import { jsonReporter } from './json.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';

/** Output formats, in the order `--help` lists them. */
export const REPORT_FORMATS = ['table', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reporters: Readonly<Record<ReportFormat, Reporter>> = Object.freeze({
  table: tableReporter,
  json: jsonReporter,
});

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
