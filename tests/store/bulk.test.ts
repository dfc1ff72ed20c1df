import { describe, expect, it } from '@jest/globals';
import { openStore } from '../../src/store/db.js';
import { preparedInsert, tupleStream } from '../../src/store/bulk.js';

describe('tupleStream', () => {
  it('streams the rows of a Kysely query as tuples in column order, inside the open transaction', async () => {
    const store = await openStore(':memory:');
    const insert = preparedInsert(store.db, store.sqlite, 'detection_state', ['key', 'value']);
    store.sqlite.exec('begin');
    insert(['b', '2']);
    insert(['a', '1']);
    const stream = tupleStream(store.sqlite);
    const rows = [...stream(store.db.selectFrom('detection_state').select(['value', 'key']).orderBy('key'), ['value', 'key'])];
    store.sqlite.exec('rollback');
    expect(rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    await store.close();
  });

  it('refuses a column list that is not what the query selects', async () => {
    const store = await openStore(':memory:');
    const stream = tupleStream(store.sqlite);
    expect(() => stream(store.db.selectFrom('detection_state').select(['key', 'value']), ['value', 'key'])).toThrow('query selects key, value, not value, key');
    await store.close();
  });
});
