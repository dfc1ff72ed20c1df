import { InputError } from '../core/errors.js';
import { parseJsonFile, readInputFile } from '../core/fs.js';
import { ajv, describeSchemaError } from '../core/json-schema.js';

/** What --baseline FILE gives the gate: the failures a previous JSON report already had. */
export interface BaselineReport {
  readonly path: string;
  readonly scopeKey: string | null;
  readonly scanId: number | null;
  /** Fingerprints of its FAIL findings, muted or not. */
  readonly failing: ReadonlySet<string>;
}

/**
 * Only the parts of a report (docs/schemas/report-v1.schema.json) the gate reads are checked, so a
 * report written by an older or newer cspm 1.x still serves as a baseline.
 */
const BASELINE_SHAPE = {
  type: 'object',
  required: ['schemaVersion', 'scan', 'findings'],
  properties: {
    schemaVersion: { const: 1 },
    scan: { type: 'object', properties: { scopeKey: { type: 'string' }, id: { type: ['integer', 'null'] } } },
    findings: {
      type: 'array',
      items: { type: 'object', required: ['fingerprint', 'status'], properties: { fingerprint: { type: 'string' }, status: { type: 'string' } } },
    },
  },
} as const;

interface ReportShape {
  readonly schemaVersion: 1;
  readonly scan: { readonly scopeKey?: string; readonly id?: number | null };
  readonly findings: readonly { readonly fingerprint: string; readonly status: string }[];
}

let validator: ReturnType<typeof compile> | undefined;
function compile() {
  return ajv().compile<ReportShape>({ ...BASELINE_SHAPE });
}

/** Reads a JSON report written by `cspm scan --format json` (or `cspm report`) as a baseline. */
export function loadBaselineReport(path: string): BaselineReport {
  const data = parseJsonFile(readInputFile(path, 'baseline report'), path, 'baseline report');
  validator ??= compile();
  if (!validator(data)) throw new InputError(`baseline report ${path} is not a cspm JSON report: ${describeSchemaError(validator.errors)}`);
  return {
    path,
    scopeKey: data.scan.scopeKey ?? null,
    scanId: data.scan.id ?? null,
    failing: new Set(data.findings.filter((f) => f.status === 'FAIL').map((f) => f.fingerprint)),
  };
}
