import { InputError } from '../../core/errors.js';

/**
 * Streams the records out of a JSON log file with memory bounded by the largest single record,
 * whatever the file size. It understands the shapes cloud logs come in:
 * - CloudTrail as AWS delivers it: `{"Records":[{...},{...}]}`;
 * - Azure diagnostic and Event Hub exports: `{"records":[...]}`; REST pages: `{"value":[...]}`;
 * - a top-level array of records (`az monitor activity-log list`, Stratus Red Team logs);
 * - JSON Lines, or any sequence of the above, one after the other.
 * A top-level object without a records array is itself a record.
 *
 * It only finds record boundaries (tracking strings, escapes and nesting) and hands each record's
 * text to the native JSON.parse, which is far faster than a token-by-token JS parser.
 */
export interface JsonRecordsOptions {
  /** Shown in error messages (the file name or s3:// URL). */
  readonly name: string;
  /** A record larger than this many characters is refused (memory bound). Default 128 Mi. */
  readonly maxRecordChars?: number;
}

const CONTAINER_KEYS = new Set(['Records', 'records', 'value']);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

type Mode =
  /** between top-level values */
  | 'top'
  /** inside a top-level object that may be a record or a container */
  | 'candidate'
  /** inside the records array (root array or container key) */
  | 'array'
  /** inside a container object, after its records array */
  | 'tail';

/** The records one at a time (convenient; the pipeline uses the batches of jsonRecordBatches). */
export async function* jsonRecords(chunks: AsyncIterable<Buffer | string>, options: JsonRecordsOptions): AsyncGenerator {
  for await (const batch of jsonRecordBatches(chunks, options)) yield* batch;
}

/**
 * The records of each input chunk as one array: one await per chunk instead of one per record,
 * which is what keeps the pipeline fast (async iteration costs more than parsing a small record).
 */
export async function* jsonRecordBatches(chunks: AsyncIterable<Buffer | string>, options: JsonRecordsOptions): AsyncGenerator<unknown[]> {
  const maxChars = options.maxRecordChars ?? 128 * 1024 * 1024;
  const decoder = new TextDecoder('utf-8');
  const stringEnd = /["\\]/g;
  let text = '';
  let pos = 0;
  let offset = 0; // characters dropped before text[0], for error positions
  let depth = 0;
  let inString = false;
  let escapeNext = false;
  let mode: Mode = 'top';
  let arrayDepth = 0; // depth inside the records array
  let fromContainer = false;
  let recordStart = -1;

  const fail = (what: string): never => {
    throw new InputError(`${options.name}: ${what} near character ${offset + pos}`);
  };
  const parse = (start: number, end: number): unknown => {
    const slice = text.slice(start, end);
    try {
      return JSON.parse(slice) as unknown;
    } catch (error) {
      throw new InputError(`${options.name}: malformed JSON record near character ${offset + start} (${(error as Error).message})`, { cause: error });
    }
  };

  let out: unknown[] = [];
  const scan = (): void => {
    const n = text.length;
    while (pos < n) {
      if (inString) {
        if (escapeNext) {
          escapeNext = false;
          pos++;
          continue;
        }
        stringEnd.lastIndex = pos;
        const m = stringEnd.exec(text);
        if (m === null) {
          pos = n;
          break;
        }
        pos = m.index + 1;
        if (text.charCodeAt(m.index) === BACKSLASH) escapeNext = true;
        else inString = false;
        continue;
      }
      const c = text.charCodeAt(pos);
      if (c === QUOTE) {
        if (mode === 'top') fail('unexpected text between JSON values');
        inString = true;
        pos++;
        continue;
      }
      if (c === OPEN_BRACE) {
        if (mode === 'top') {
          mode = 'candidate';
          recordStart = pos;
        } else if (mode === 'array' && depth === arrayDepth) {
          recordStart = pos;
        }
        depth++;
        pos++;
        continue;
      }
      if (c === OPEN_BRACKET) {
        if (mode === 'top') {
          mode = 'array';
          fromContainer = false;
          arrayDepth = 1;
        } else if (mode === 'candidate' && depth === 1 && CONTAINER_KEYS.has(keyBefore(text, pos, recordStart))) {
          mode = 'array';
          fromContainer = true;
          arrayDepth = 2;
          recordStart = -1;
        }
        depth++;
        pos++;
        continue;
      }
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        pos++;
        if (depth < 0) fail('unbalanced brackets');
        if (mode === 'candidate' && depth === 0) {
          out.push(parse(recordStart, pos));
          recordStart = -1;
          mode = 'top';
        } else if (mode === 'array' && depth === arrayDepth && recordStart >= 0 && c === CLOSE_BRACE) {
          out.push(parse(recordStart, pos));
          recordStart = -1;
        } else if (mode === 'array' && depth === arrayDepth - 1) {
          mode = fromContainer ? 'tail' : 'top';
        } else if (mode === 'tail' && depth === 0) {
          mode = 'top';
        }
        continue;
      }
      if (mode === 'top' && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff && c !== 0x2c) {
        fail(`not JSON (unexpected '${text[pos] ?? ''}')`);
      }
      pos++;
    }
  };

  const compact = (): void => {
    // Keep only the record being assembled (or nothing); bound its size.
    const keepFrom = recordStart >= 0 ? recordStart : text.length;
    if (keepFrom > 0) {
      text = text.slice(keepFrom);
      offset += keepFrom;
      pos -= keepFrom;
      if (recordStart >= 0) recordStart = 0;
    }
    if (text.length > maxChars) fail(`a single record is larger than ${maxChars} characters`);
  };

  for await (const chunk of chunks) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    scan();
    compact();
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  text += decoder.decode();
  scan();
  if (out.length > 0) yield out;
  if (inString || depth !== 0 || mode !== 'top') fail('unexpected end of input (truncated file?)');
}

/** The key whose value starts at `bracket` ("key": [), or '' when it is not a plain key. */
function keyBefore(text: string, bracket: number, floor: number): string {
  let i = bracket - 1;
  while (i > floor && /\s/.test(text[i] ?? '')) i--;
  if (text[i] !== ':') return '';
  i--;
  while (i > floor && /\s/.test(text[i] ?? '')) i--;
  if (text[i] !== '"') return '';
  const end = i;
  const start = text.lastIndexOf('"', end - 1);
  if (start < floor || end - start > 16) return '';
  return text.slice(start + 1, end);
}
