import { isUtf8 } from 'node:buffer';
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
 * A file up to `wholeFileChars` (2 Mi by default; CloudTrail delivery files are mostly smaller) that is
 * exactly one records array, or one `{"Records":[...]}`-style container whose only key is the array,
 * is parsed by one native JSON.parse of its array: the common case, with no JavaScript scanning at
 * all. Anything else, and larger files, goes through the streaming splitter, which only finds record
 * boundaries (tracking strings, escapes and nesting) and hands each record's text to JSON.parse.
 * Both give the same records; the splitter is also what reports malformed input.
 */
export interface JsonRecordsOptions {
  /** Shown in error messages (the file name or s3:// URL). */
  readonly name: string;
  /** A record larger than this many characters is refused (memory bound). Default 128 Mi. */
  readonly maxRecordChars?: number;
  /**
   * Files up to this many bytes are read whole and parsed at once when their shape allows. Default 2 Mi:
   * all of a file's records then exist at once, which costs memory in proportion (about 20 MiB more
   * peak RSS at 2 MiB, 90 MiB at 8 MiB).
   */
  readonly wholeFileChars?: number;
}

const CONTAINER_KEYS = new Set(['Records', 'records', 'value']);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DEFAULT_MAX_RECORD_CHARS = 128 * 1024 * 1024;
export const DEFAULT_WHOLE_FILE_CHARS = 2 * 1024 * 1024;

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
 * The records of the input in batches (a whole file, or one input chunk): one await per batch
 * instead of one per record, which is what keeps the pipeline fast (async iteration costs more
 * than parsing a small record).
 */
export async function* jsonRecordBatches(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: JsonRecordsOptions,
): AsyncGenerator<unknown[]> {
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  // A whole text no longer than maxChars cannot hold a record the splitter would refuse.
  const wholeLimit = Math.min(options.wholeFileChars ?? DEFAULT_WHOLE_FILE_CHARS, maxChars);
  const splitter = new RecordSplitter(options.name, maxChars);
  const held: (Buffer | string)[] = [];
  let heldSize = 0;
  let holding = true;
  for await (const chunk of chunks) {
    if (holding) {
      held.push(chunk);
      heldSize += chunk.length;
      if (heldSize <= wholeLimit) continue;
      // Too large to read whole: stream it, starting with what was held.
      holding = false;
      for (const c of held.splice(0)) {
        const out = splitter.push(c);
        if (out.length > 0) yield out;
      }
      continue;
    }
    const out = splitter.push(chunk);
    if (out.length > 0) yield out;
  }
  if (holding) {
    const whole = wholeRecords(held);
    if (whole !== null) {
      if (whole.length > 0) yield whole;
      return;
    }
    // Another shape, or malformed: the splitter reads it (and names the error) exactly as it streams.
    for (const c of held) {
      const out = splitter.push(c);
      if (out.length > 0) yield out;
    }
  }
  const out = splitter.end();
  if (out.length > 0) yield out;
}

/**
 * The records of a whole file when it is one records array (`[...]`) or a container object whose
 * first and only key is the array (`{"Records":[...]}`, `{"records":[...]}`, `{"value":[...]}`);
 * null for any other shape, or when the array is not valid JSON. What the splitter would read from
 * the same text: the array's elements that are objects.
 */
function wholeRecords(chunks: readonly (Buffer | string)[]): unknown[] | null {
  const text = decodeWhole(chunks);
  if (text === null) return null;
  let start = 0;
  while (start < text.length && isJsonSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isJsonSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return [];
  let arrayStart = start;
  let arrayEnd = end;
  if (text.charCodeAt(start) === OPEN_BRACE) {
    const bracket = text.indexOf('[', start);
    if (bracket < 0 || !CONTAINER_KEYS.has(containerKey(text, start, bracket)) || text.charCodeAt(end - 1) !== CLOSE_BRACE) return null;
    arrayStart = bracket;
    arrayEnd = end - 1;
    while (arrayEnd > arrayStart && isJsonSpace(text.charCodeAt(arrayEnd - 1))) arrayEnd--;
  }
  if (text.charCodeAt(arrayStart) !== OPEN_BRACKET || text.charCodeAt(arrayEnd - 1) !== CLOSE_BRACKET) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(arrayStart === 0 && arrayEnd === text.length ? text : text.slice(arrayStart, arrayEnd));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const records: unknown[] = parsed;
  return records.every(isObject) ? records : records.filter(isObject);
}

/** `Records` for a text that starts `{"Records":[` exactly (no space, no escape); '' otherwise. */
function containerKey(text: string, brace: number, bracket: number): string {
  if (text.charCodeAt(brace + 1) !== QUOTE || text.charCodeAt(bracket - 1) !== 0x3a || text.charCodeAt(bracket - 2) !== QUOTE) return '';
  const key = text.slice(brace + 2, bracket - 2);
  return key.includes('"') || key.includes('\\') ? '' : key;
}

/** The text of the held chunks, decoded as the splitter's TextDecoder would; null when they mix strings and bytes. */
function decodeWhole(chunks: readonly (Buffer | string)[]): string | null {
  if (chunks.every((c) => typeof c === 'string')) return chunks.join('');
  if (!chunks.every((c): c is Buffer => typeof c !== 'string')) return null;
  const bytes = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
  // Valid UTF-8 decodes the same either way (Buffer's decoder is the faster); TextDecoder drops a leading BOM.
  const text = isUtf8(bytes) ? bytes.toString('utf8') : new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The streaming record splitter: text goes in chunk by chunk, the records completed so far come
 * out. Holds only the record being assembled.
 */
class RecordSplitter {
  readonly #name: string;
  readonly #maxChars: number;
  readonly #decoder = new TextDecoder('utf-8');
  #text = '';
  #pos = 0;
  #offset = 0; // characters dropped before text[0], for error positions
  #depth = 0;
  #inString = false;
  #escapeNext = false;
  #mode: Mode = 'top';
  #arrayDepth = 0; // depth inside the records array
  #fromContainer = false;
  #recordStart = -1;
  #out: unknown[] = [];

  constructor(name: string, maxChars: number) {
    this.#name = name;
    this.#maxChars = maxChars;
  }

  push(chunk: Buffer | string): unknown[] {
    this.#text += typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk, { stream: true });
    this.#scan();
    this.#compact();
    return this.#take();
  }

  end(): unknown[] {
    this.#text += this.#decoder.decode();
    this.#scan();
    if (this.#inString || this.#depth !== 0 || this.#mode !== 'top') this.#fail('unexpected end of input (truncated file?)');
    return this.#take();
  }

  #take(): unknown[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }

  #fail(what: string): never {
    throw new InputError(`${this.#name}: ${what} near character ${this.#offset + this.#pos}`);
  }

  #parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.#text.slice(start, end)) as unknown;
    } catch (error) {
      throw new InputError(`${this.#name}: malformed JSON record near character ${this.#offset + start} (${(error as Error).message})`, { cause: error });
    }
  }

  #scan(): void {
    const text = this.#text;
    const n = text.length;
    let pos = this.#pos;
    let depth = this.#depth;
    let mode = this.#mode;
    let inString = this.#inString;
    let escapeNext = this.#escapeNext;
    try {
      while (pos < n) {
        if (inString) {
          if (escapeNext) {
            escapeNext = false;
            pos++;
            continue;
          }
          // The next quote not escaped by an odd run of backslashes ends the string.
          const quote = text.indexOf('"', pos);
          if (quote < 0) {
            let k = n;
            while (k > pos && text.charCodeAt(k - 1) === BACKSLASH) k--;
            escapeNext = (n - k) % 2 === 1;
            pos = n;
            break;
          }
          let k = quote;
          while (k > pos && text.charCodeAt(k - 1) === BACKSLASH) k--;
          pos = quote + 1;
          if ((quote - k) % 2 === 0) inString = false;
          continue;
        }
        const c = text.charCodeAt(pos);
        if (c === QUOTE) {
          if (mode === 'top') {
            this.#pos = pos;
            this.#fail('unexpected text between JSON values');
          }
          inString = true;
          pos++;
          continue;
        }
        if (c === OPEN_BRACE) {
          if (mode === 'top') {
            mode = 'candidate';
            this.#recordStart = pos;
          } else if (mode === 'array' && depth === this.#arrayDepth) {
            this.#recordStart = pos;
          }
          depth++;
          pos++;
          continue;
        }
        if (c === OPEN_BRACKET) {
          if (mode === 'top') {
            mode = 'array';
            this.#fromContainer = false;
            this.#arrayDepth = 1;
          } else if (mode === 'candidate' && depth === 1 && CONTAINER_KEYS.has(keyBefore(text, pos, this.#recordStart))) {
            mode = 'array';
            this.#fromContainer = true;
            this.#arrayDepth = 2;
            this.#recordStart = -1;
          }
          depth++;
          pos++;
          continue;
        }
        if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          pos++;
          if (depth < 0) {
            this.#pos = pos;
            this.#fail('unbalanced brackets');
          }
          if (mode === 'candidate' && depth === 0) {
            this.#out.push(this.#parse(this.#recordStart, pos));
            this.#recordStart = -1;
            mode = 'top';
          } else if (mode === 'array' && depth === this.#arrayDepth && this.#recordStart >= 0 && c === CLOSE_BRACE) {
            this.#out.push(this.#parse(this.#recordStart, pos));
            this.#recordStart = -1;
          } else if (mode === 'array' && depth === this.#arrayDepth - 1) {
            mode = this.#fromContainer ? 'tail' : 'top';
          } else if (mode === 'tail' && depth === 0) {
            mode = 'top';
          }
          continue;
        }
        if (mode === 'top' && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff && c !== 0x2c) {
          this.#pos = pos;
          this.#fail(`not JSON (unexpected '${text[pos] ?? ''}')`);
        }
        pos++;
      }
    } finally {
      this.#pos = pos;
      this.#depth = depth;
      this.#mode = mode;
      this.#inString = inString;
      this.#escapeNext = escapeNext;
    }
  }

  #compact(): void {
    // Keep only the record being assembled (or nothing); bound its size.
    const keepFrom = this.#recordStart >= 0 ? this.#recordStart : this.#text.length;
    if (keepFrom > 0) {
      this.#text = this.#text.slice(keepFrom);
      this.#offset += keepFrom;
      this.#pos -= keepFrom;
      if (this.#recordStart >= 0) this.#recordStart = 0;
    }
    if (this.#text.length > this.#maxChars) this.#fail(`a single record is larger than ${this.#maxChars} characters`);
  }
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
