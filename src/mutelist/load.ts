import type { ErrorObject } from 'ajv';
import { isAbsolute, relative } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../core/errors.js';
import { readInputFile } from '../core/fs.js';
import { schemaValidator } from '../core/json-schema.js';
import type { MutelistEntry, MutelistFile } from './types.js';

export const MUTELIST_SCHEMA_FILE = 'mutelist-v1.schema.json';

/** A validated entry with where it came from and when it stops muting. */
export interface LoadedMute {
  readonly entry: MutelistEntry;
  /** 1-based index in the file's `mutes` list. */
  readonly index: number;
  /** 1-based line of the entry in the file. */
  readonly line: number;
  /** `<file>:<line>`, as recorded on the findings it mutes. */
  readonly source: string;
  /** Epoch milliseconds after which the entry no longer mutes; null: never expires. */
  readonly expiresAt: number | null;
}

export interface Mutelist {
  /** The file as the user named it (relative to the working directory when inside it). */
  readonly path: string;
  readonly mutes: readonly LoadedMute[];
}

/**
 * Reads a mutelist file (YAML or JSON: JSON is YAML) and validates it against
 * docs/schemas/mutelist-v1.schema.json. Any problem is one InputError (exit 2) naming the file, the
 * line and what is wrong.
 */
export function loadMutelistFile(path: string, cwd: string): Mutelist {
  const display = displayPath(path, cwd);
  return parseMutelist(readInputFile(path, 'mutelist'), display);
}

/** Parses and validates mutelist text; `label` names it in errors and in each mute's source. */
export function parseMutelist(text: string, label: string): Mutelist {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new InputError(`mutelist ${label}:${line}: not valid YAML or JSON (${firstLine(syntax.message)})`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new InputError(`mutelist ${label}: the file is empty (expected "mutes:" and a list of entries)`);

  const validate = schemaValidator<MutelistFile>(MUTELIST_SCHEMA_FILE);
  if (!validate(data)) {
    const error = validate.errors?.[0];
    const line = error ? errorLine(doc, lines, error) : 1;
    throw new InputError(`mutelist ${label}:${line}: ${describe(error)}`);
  }

  const mutes = data.mutes.map((entry, i): LoadedMute => {
    const line = nodeLine(doc, lines, ['mutes', i]) ?? 1;
    let expiresAt: number | null = null;
    if (entry.expires !== undefined) {
      expiresAt = parseExpiry(entry.expires);
      if (Number.isNaN(expiresAt)) {
        const where = nodeLine(doc, lines, ['mutes', i, 'expires']) ?? line;
        throw new InputError(`mutelist ${label}:${where}: entry ${i + 1}: expires '${entry.expires}' is not a real date`);
      }
    }
    return { entry, index: i + 1, line, source: `${label}:${line}`, expiresAt };
  });
  return { path: label, mutes };
}

/** A date (YYYY-MM-DD) mutes through the end of that day, UTC; a date-time until that instant. */
export function parseExpiry(expires: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
    const ms = Date.parse(`${expires}T23:59:59.999Z`);
    // Date.parse accepts 2027-02-31 by rolling over: insist the day exists.
    return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== expires ? Number.NaN : ms;
  }
  return Date.parse(expires);
}

export function isExpired(mute: LoadedMute, now: Date): boolean {
  return mute.expiresAt !== null && now.getTime() > mute.expiresAt;
}

function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** JSON pointer segments of an ajv instancePath: '/mutes/2/reason' → ['mutes', 2, 'reason']. */
function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeLine(doc: Document, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const node = path.length === 0 ? doc.contents : (doc.getIn(path, true) as { range?: [number, number, number] } | undefined);
  const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The line of what is wrong: the unknown key itself, else the value, else its entry, else the file start. */
function errorLine(doc: Document, lines: LineCounter, error: ErrorObject): number {
  const path = pointerSegments(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const key = String(error.params['additionalProperty']);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (offset !== undefined) return lines.linePos(offset).line;
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const line = nodeLine(doc, lines, path.slice(0, n));
    if (line !== undefined) return line;
  }
  return 1;
}

/** What is wrong, in the words of the file: "entry 3: reason must be at least 10 characters (...)". */
function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the mutelist schema';
  const path = pointerSegments(error.instancePath);
  const entry = path[0] === 'mutes' && typeof path[1] === 'number' ? `entry ${path[1] + 1}: ` : '';
  const field = path.length > 2 ? path.slice(2).join('.') : null;
  const subject = field ?? (entry ? 'the entry' : path.length === 0 ? 'the file' : path.join('.'));
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      if (missing === 'reason') return `${entry}reason is required: say why this finding is accepted (at least 10 characters)`;
      if (missing === 'mutes') return 'expected a top-level "mutes:" list';
      return `${entry}${missing} is required`;
    }
    case 'additionalProperties':
      return `${entry}unknown field '${String(error.params['additionalProperty'])}' (known: rule, resource, account, region, tags, reason, expires)`;
    case 'minLength':
      if (field === 'reason') return `${entry}reason must be at least ${String(error.params['limit'])} characters: say why this finding is accepted`;
      return `${entry}${subject} must not be empty`;
    case 'pattern':
      if (field === 'expires') return `${entry}expires must be a date (YYYY-MM-DD) or an ISO 8601 date-time`;
      return `${entry}${subject} ${error.message ?? 'is invalid'}`;
    case 'type': {
      const quote = field === 'account' ? ' (quote account ids in YAML: account: "012345678901")' : '';
      return `${entry}${subject} must be ${String(error.params['type'])}${quote}`;
    }
    default:
      return `${entry}${subject} ${error.message ?? 'is invalid'}`;
  }
}
