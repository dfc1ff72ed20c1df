/**
 * Validates the SARIF the tests produce, twice:
 * 1. against the SARIF 2.1.0 JSON schema (tests/schemas/sarif-schema-2.1.0.json) with ajv, at once;
 * 2. with Microsoft's SARIF multitool (`validate --rule-kind "Sarif;Ghas"`: the SARIF rules plus
 *    GitHub Advanced Security's ingestion rules), in one batch per test file because each start of
 *    the .NET binary costs about two seconds. The multitool exits 0 even when it reports errors,
 *    so its own SARIF output is read. Its configuration (tests/support/sarif-multitool.config.xml)
 *    turns off one rule only, SARIF2006 "URIs should be reachable": a note-level check that fetches
 *    every URI over the network, which tests do not have (it cost ~10 s per file in timeouts).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';

type AddFormats = (instance: Ajv2020) => Ajv2020;
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

let validator: ValidateFunction | undefined;

/** Schema errors of one SARIF log (empty when valid). */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  if (!validator) {
    const schema = committedSarifSchema() as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(log) ? [] : [...(validator.errors ?? [])];
}

/**
 * The multitool's native binary. npm may skip its postinstall (`chmod u+x`), so the executable bit
 * is set here when missing: `node .ci/chmod-sarif-multitool.js` does the same for CI scripts.
 */
export function multitoolBinary(): string {
  const require = createRequire(join(packageRoot(), 'package.json'));
  const binary = require('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** The schema file the installed multitool package ships next to its binary. */
export function multitoolSchema(): unknown {
  return JSON.parse(readFileSync(join(dirname(multitoolBinary()), 'sarif-2.1.0.json'), 'utf8')) as unknown;
}

/** The schema committed under tests/schemas (what ajv validates with). */
export function committedSarifSchema(): unknown {
  return JSON.parse(readFileSync(join(packageRoot(), 'tests/schemas/sarif-schema-2.1.0.json'), 'utf8')) as unknown;
}

export interface MultitoolIssue {
  readonly file: string;
  readonly ruleId: string;
  readonly level: string;
  readonly text: string;
}

export interface MultitoolReport {
  readonly files: number;
  readonly issues: readonly MultitoolIssue[];
  readonly errors: readonly MultitoolIssue[];
  readonly warnings: readonly MultitoolIssue[];
  /** Notes per rule id, e.g. { SARIF2010: 15 }. */
  readonly notes: Readonly<Record<string, number>>;
  readonly console: string;
}

interface MultitoolResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

/** Collects SARIF texts (checking each against the schema at once) and runs the multitool over all of them. */
export class SarifValidation {
  readonly #dir = mkdtempSync(join(tmpdir(), 'cspm-sarif-'));
  readonly #files: string[] = [];

  /** Schema-validates `text` and queues it for the multitool; returns the parsed log. */
  add(name: string, text: string): Record<string, unknown> {
    const log = JSON.parse(text) as Record<string, unknown>;
    const errors = sarifSchemaErrors(log);
    if (errors.length > 0) throw new Error(`${name}: not valid against the SARIF 2.1.0 schema: ${JSON.stringify(errors.slice(0, 5), null, 2)}`);
    const file = join(this.#dir, `${String(this.#files.length).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.sarif`);
    writeFileSync(file, text);
    this.#files.push(file);
    return log;
  }

  get count(): number {
    return this.#files.length;
  }

  /** Runs the multitool once over every queued file; `levels` 'Error;Warning;Note' also collects the notes. */
  runMultitool(levels = 'Error;Warning'): MultitoolReport {
    const out = join(this.#dir, 'multitool-output.sarif.json');
    rmSync(out, { force: true });
    const run = spawnSync(
      multitoolBinary(),
      [
        'validate',
        '--quiet',
        'true',
        '--rule-kind',
        'Sarif;Ghas',
        '--level',
        levels,
        '--config',
        join(packageRoot(), 'tests/support/sarif-multitool.config.xml'),
        '-o',
        out,
        ...this.#files,
      ],
      {
        encoding: 'utf8',
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const consoleText = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.error) throw run.error;
    let parsed: { runs?: { results?: MultitoolResult[] }[] };
    try {
      parsed = JSON.parse(readFileSync(out, 'utf8')) as typeof parsed;
    } catch {
      throw new Error(`the SARIF multitool wrote no output (exit ${String(run.status)}):\n${consoleText}`);
    }
    const issues = (parsed.runs ?? []).flatMap((r) =>
      (r.results ?? []).map((res) => ({
        file: res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
        ruleId: res.ruleId ?? '',
        level: res.level ?? 'warning',
        text: res.message?.text ?? [res.message?.id, ...(res.message?.arguments ?? [])].join(' '),
      })),
    );
    const notes: Record<string, number> = {};
    for (const issue of issues.filter((i) => i.level === 'note')) notes[issue.ruleId] = (notes[issue.ruleId] ?? 0) + 1;
    return {
      files: this.#files.length,
      issues,
      errors: issues.filter((i) => i.level === 'error'),
      warnings: issues.filter((i) => i.level === 'warning'),
      notes,
      console: consoleText,
    };
  }

  cleanup(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
