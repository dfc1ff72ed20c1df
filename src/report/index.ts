import { csvReporter } from './csv.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { ocsfReporter } from './ocsf.js';
import { sarifReporter } from './sarif.js';
import { tableReporter } from './table.js';
import type { ReportFormat } from './formats.js';
import type { Reporter } from './types.js';

export { isReportFormat, REPORT_BASENAME, REPORT_EXTENSIONS, REPORT_FORMATS, type ReportFormat } from './formats.js';

export const reporters: Readonly<Record<ReportFormat, Reporter>> = Object.freeze({
  table: tableReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  ocsf: ocsfReporter,
  csv: csvReporter,
  html: htmlReporter,
});
