import { describe, expect, it } from '@jest/globals';
import { sqliteDriver, sqliteDriverPackage } from '../../src/store/sqlite-driver.js';

describe('sqliteDriverPackage', () => {
  it.each([
    ['20.19.0', 'better-sqlite3'],
    ['20.20.2', 'better-sqlite3'],
    ['22.0.0', 'better-sqlite3-13'],
    ['22.23.3', 'better-sqlite3-13'],
    ['24.21.0', 'better-sqlite3-13'],
    ['26.1.0', 'better-sqlite3-13'],
  ])('Node %s uses %s', (version, expected) => {
    expect(sqliteDriverPackage(version)).toBe(expected);
  });

  it('loads a working driver for the running Node.js', () => {
    const Sqlite = sqliteDriver();
    const db = new Sqlite(':memory:');
    try {
      expect(db.prepare('select 40 + 2 as answer').get()).toEqual({ answer: 42 });
    } finally {
      db.close();
    }
  });
});
