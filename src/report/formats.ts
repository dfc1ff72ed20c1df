/** The report formats and their file extensions: light enough for the CLI's option help (no reporter is loaded). */

/** Output formats, in the order `--help` lists them. */
export const REPORT_FORMATS = ['table', 'json', 'sarif', 'ocsf', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File name extension per format, for --output-dir (cspm-report.<ext>). */
export const REPORT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = Object.freeze({
  table: 'txt',
  json: 'json',
  sarif: 'sarif',
  ocsf: 'ocsf.json',
  csv: 'csv',
  html: 'html',
});

/** The base name of every file --output-dir writes: cspm-report.<ext>. */
export const REPORT_BASENAME = 'cspm-report';

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
