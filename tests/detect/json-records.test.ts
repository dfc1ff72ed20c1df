import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { jsonRecords } from '../../src/detect/sources/json-records.js';

async function* chunks(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.subarray(i, i + size));
}

/** `whole: false` forces the streaming splitter (no file is small enough to be read whole). */
async function collect(text: string | Buffer, size = 1 << 16, whole = true): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of jsonRecords(chunks(text, size), { name: 'test.json', ...(whole ? {} : { wholeFileChars: 0 }) })) out.push(r);
  return out;
}

/** The records, or the error message, of one way of reading. */
async function outcome(text: string | Buffer, size: number, whole: boolean): Promise<unknown> {
  return collect(text, size, whole).catch((e: unknown) => ({ error: (e as Error).message }));
}

const tricky = { eventName: 'A', s: 'quote " brace } bracket ] backslash \\ "Records":[', nested: { value: [{ x: 1 }], Records: [] }, u: 'é ✓ 😀' };

describe('jsonRecords: the streaming record splitter', () => {
  it.each([
    ['CloudTrail delivery', JSON.stringify({ Records: [tricky, { eventName: 'B' }] })],
    ['pretty-printed CloudTrail', JSON.stringify({ Records: [tricky, { eventName: 'B' }] }, null, 2)],
    ['Azure export (records)', JSON.stringify({ records: [tricky, { eventName: 'B' }] })],
    ['REST page (value) with a nextLink', JSON.stringify({ value: [tricky, { eventName: 'B' }], nextLink: 'https://x/{"a":[' })],
    ['a top-level array', JSON.stringify([tricky, { eventName: 'B' }])],
    ['JSON Lines', `${JSON.stringify(tricky)}\n${JSON.stringify({ eventName: 'B' })}\n`],
    ['a key before Records', JSON.stringify({ meta: { n: [1, 2] }, Records: [tricky, { eventName: 'B' }] })],
  ])('reads %s at every chunk size', async (_name, text) => {
    for (const size of [1, 2, 3, 7, 64, 1 << 16])
      for (const whole of [true, false]) {
        const records = await collect(text, size, whole);
        expect(records).toEqual([tricky, { eventName: 'B' }]);
      }
  });

  it.each([
    ['CloudTrail delivery', JSON.stringify({ Records: [tricky, 1, 'x', null, [{ n: 1 }], { eventName: 'B' }] })],
    ['a top-level array with spaces around it', ` \n[${JSON.stringify(tricky)}, {"eventName":"B"}]\r\n\t`],
    ['pretty-printed records', JSON.stringify({ records: [tricky] }, null, 2)],
    ['an empty container', '{"value":[]}'],
    ['only white space', ' \n '],
    ['a byte order mark', `\ufeff${JSON.stringify({ Records: [tricky] })}`],
    ['a key after the array', '{"Records":[{"a":1}],"next":[{"b":2}]}'],
    ['the container key twice', '{"Records":[{"a":1}],"Records":[{"b":2}]}'],
    ['an escaped container key', '{"Rec\\u006frds":[{"a":1}]}'],
    ['a key with a quote in it', '{"a\\"Records":[{"a":1}]}'],
    ['another first key', '{"Other":[{"a":1}]}'],
    ['two top-level arrays', '[{"a":1}]\n[{"b":2}]'],
    ['arrays separated by a comma', '[{"a":1}],[{"b":2}]'],
    ['a single record', '{"eventName":"Solo","value":[1]}'],
    ['a malformed record', '{"Records":[{"a":1},{"b": nope}]}'],
    ['a truncated array', '[{"a":1},{"b":'],
    ['text after the container', '{"Records":[{"a":1}]} x'],
    ['invalid UTF-8', Buffer.from([0x5b, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x22, 0x7d, 0x5d])],
    ['backslashes before quotes', JSON.stringify({ Records: [{ a: 'x\\', b: '\\"\\\\"', c: '\\\\\\' }] })],
  ])('reads %s the same whole or streamed', async (_name, text) => {
    const expected = await outcome(text, 1 << 16, false);
    for (const size of [1, 2, 5, 1 << 16]) {
      expect(await outcome(text, size, true)).toEqual(expected);
      expect(await outcome(text, size, false)).toEqual(expected);
    }
  });

  it('treats a single object without a records array as one record', async () => {
    expect(await collect(JSON.stringify({ eventName: 'Solo', value: 'x' }))).toEqual([{ eventName: 'Solo', value: 'x' }]);
  });

  it('reads an empty Records array and an empty file as nothing', async () => {
    expect(await collect('{"Records":[]}')).toEqual([]);
    expect(await collect('')).toEqual([]);
  });

  it.each([
    ['a truncated file', '{"Records":[{"eventName":"A"},{"eventName":'],
    ['an unterminated string', '{"Records":[{"eventName":"A'],
    ['text that is not JSON', 'hello world'],
    ['a malformed record', '{"Records":[{"eventName": nope}]}'],
  ])('refuses %s with a one-line InputError', async (_name, text) => {
    const error = await collect(text, 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^test\.json: /);
    expect((error as Error).message).not.toContain('\n');
  });

  it('bounds memory by refusing a record larger than the limit', async () => {
    const big = JSON.stringify({ Records: [{ eventName: 'x'.repeat(5000) }] });
    const out: unknown[] = [];
    const error = await (async () => {
      for await (const r of jsonRecords(chunks(big, 100), { name: 'big.json', maxRecordChars: 1000 })) out.push(r);
    })().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/larger than 1000 characters/);
  });
});
