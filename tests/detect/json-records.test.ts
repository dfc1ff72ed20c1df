import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { jsonRecords } from '../../src/detect/sources/json-records.js';

async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.subarray(i, i + size));
}

async function collect(text: string, size = 1 << 16): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of jsonRecords(chunks(text, size), { name: 'test.json' })) out.push(r);
  return out;
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
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
      const records = await collect(text, size);
      expect(records).toEqual([tricky, { eventName: 'B' }]);
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
