import { afterEach, describe, expect, it } from 'vitest';
import { freshPglite } from '../../test/helpers/store.js';
import type { Db } from '../store/db.js';
import { pgliteBossDb } from './boss.js';

describe('pg-boss adapter over PGlite', () => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('runs parameterless scripts of several statements and returns the last one’s rows', async () => {
    db = await freshPglite();
    const boss = pgliteBossDb(db);
    const { rows } = await boss.executeSql(
      'create table t (n int); insert into t values (1), (2); select count(*) as n from t',
      [],
    );
    expect(rows).toEqual([{ n: 2 }]);
    expect((await boss.executeSql('select n from t where n = $1', [2])).rows).toEqual([{ n: 2 }]);
  });

  it('leaves the database usable after a transaction script fails half-way', async () => {
    db = await freshPglite();
    const boss = pgliteBossDb(db);
    await expect(boss.executeSql('BEGIN; create table u (n int); select 1/0; COMMIT;', [])).rejects.toThrow(
      /division by zero/,
    );
    expect((await db.query('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
    expect((await db.query(`select to_regclass('u') as t`)).rows).toEqual([{ t: null }]);
  });
});
