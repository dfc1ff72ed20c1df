import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { isSeverity, SEVERITIES, type Severity } from '../core/types.js';
import { REPORT_BASENAME, REPORT_FORMATS } from '../report/formats.js';

/** Parses a comma-separated list flag; repeating the flag appends. */
export function parseList(value: string, previous: readonly string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) throw new InvalidArgumentError('expected a comma-separated list');
  return [...(previous ?? []), ...items];
}

export function parseSeverityList(value: string, previous: readonly Severity[] | undefined): Severity[] {
  const items = parseList(value, undefined);
  const bad = items.find((s) => !isSeverity(s));
  if (bad !== undefined) throw new InvalidArgumentError(`'${bad}' is not a severity (${SEVERITIES.join(', ')})`);
  return [...(previous ?? []), ...(items as Severity[])];
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

export function parseScanId(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`'${value}' is not a scan id (see 'cspm history')`);
  return Number(value);
}

export const dbOption = () => new Option('--db <path>', 'history database (env: CSPM_DB; default: ~/.cspm/cspm.db)');

export const outputOption = () => new Option('-o, --output <file>', 'write the report to a file instead of stdout');

export const FAIL_ON_CHOICES = ['none', ...SEVERITIES] as const;

/** `-f, --format`: repeatable and comma-separated (`-f sarif -f html`, `-f sarif,html`). */
export const formatOption = (defaultNote: string) =>
  new Option(
    '-f, --format <formats>',
    `output format(s): ${REPORT_FORMATS.join(', ')}; repeat or comma-separate with --output-dir (env: CSPM_FORMAT${defaultNote})`,
  ).argParser((value: string, previous: string | undefined) => (previous === undefined ? value : `${previous},${value}`));

export const outputDirOption = () =>
  new Option('--output-dir <dir>', `write each format to DIR/${REPORT_BASENAME}.<ext> (sarif, html, csv, ocsf.json, json, txt)`);

export const sarifAnchorOption = () =>
  new Option('--sarif-anchor <file>', 'SARIF: anchor every result to this repository file (relative path) instead of a cloud/<provider>/... pseudo path');
