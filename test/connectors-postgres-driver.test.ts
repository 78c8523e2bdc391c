import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgDriver } from '../src/connectors/postgres/driver.js';
import type { SqlDriver } from '../src/connectors/sql/driver.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './helpers/store.js';

/**
 * The PostgreSQL driver keeps one connection for statements that come one after another. A server
 * that drops that connection must cost one failed statement, not the connector.
 */
describe.skipIf(!postgresAvailable)('PostgreSQL connector driver', () => {
  const name = `grondslag_drv_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  let driver: SqlDriver;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    driver = pgDriver(POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`));
  });
  afterAll(async () => {
    await driver?.close();
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('runs sessions in UTC and recovers when the server ends its connection', async () => {
    const { rows } = await driver.query('select current_setting($1) as tz, pg_backend_pid() as pid', [
      'TimeZone',
    ]);
    expect(rows[0]?.tz).toBe('UTC');
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
    await admin.end();
    // The statement on the dead connection may fail; the one after it gets a new connection.
    await driver.query('select 1').catch(() => undefined);
    const again = await driver.query('select pg_backend_pid() as pid');
    expect(again.rows[0]?.pid).not.toBe(rows[0]?.pid);
  });

  it('keeps a statement error on the connection it happened on, which stays usable', async () => {
    const before = await driver.query('select pg_backend_pid() as pid');
    await expect(driver.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    const after = await driver.query('select pg_backend_pid() as pid');
    expect(after.rows[0]?.pid).toBe(before.rows[0]?.pid);
  });
});
