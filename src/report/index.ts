import { csvReporter } from './csv.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { ocsfReporter } from './ocsf.js';
import { sarifReporter } from './sarif.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';

/** Output formats, in the order `--help` lists them. */
export const REPORT_FORMATS = ['table', 'json', 'sarif', 'ocsf', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reporters: Readonly<Record<ReportFormat, Reporter>> = Object.freeze({
  table: tableReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  ocsf: ocsfReporter,
  csv: csvReporter,
  html: htmlReporter,
});

/** File name extension per format, for --output-dir (cspm-report.<ext>). */
export const REPORT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = Object.freeze({
  table: 'txt',
  json: 'json',
  sarif: 'sarif',
  ocsf: 'ocsf.json',
  csv: 'csv',
  html: 'html',
});

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
