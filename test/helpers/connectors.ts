import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Connector } from '../../src/connectors/connector.js';
import { mysqlConnector } from '../../src/connectors/mysql/connector.js';
import { mysqlDriver } from '../../src/connectors/mysql/driver.js';
import { postgresConnector } from '../../src/connectors/postgres/connector.js';
import { pgDriver, pgliteDriver } from '../../src/connectors/postgres/driver.js';
import { Params } from '../../src/connectors/sql/dialect.js';
import { countingDriver, type SqlDriver } from '../../src/connectors/sql/driver.js';
import { quoteIdentifier, type SqlDialectName } from '../../src/connectors/sql/identifiers.js';
import { sqliteConnector } from '../../src/connectors/sqlite/connector.js';
import { sqliteDriver } from '../../src/connectors/sqlite/driver.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './store.js';

/**
 * Throw-away databases with one small fixture schema on every SQL store the connectors support, for
 * the shared conformance suite. Each `open()` makes a new database (PostgreSQL, MariaDB), a new
 * in-memory PGlite or a new SQLite file, and fills it with the fixture below.
 *
 * The fixture:
 * - `customers` (id 1..6000): email `c<id>@example.nl`, phone `+316<id, 8 digits>`, created_at
 *   2020-01-01 + id days, credit NULL.
 * - `orders` (id 1..12000, two per customer, FK customer_id → customers): order `o` belongs to customer
 *   `ceil(o / 2)`; `note` text.
 * - `call_records` (id 1..9000, keyed by phone without FK): record `r` was made by customer
 *   `ceil(r / 3)` (customers 1..3000) and started at 2020-01-01 + r hours.
 * - `order "lines"`: awkward names — columns `select`, `user name`, `tick`name`, `group` (a customer id).
 */

export const FIXTURE = {
  customers: 6000,
  ordersPerCustomer: 2,
  callRecords: 9000,
  epoch: Date.UTC(2020, 0, 1),
  weirdTable: 'order "lines"',
  weirdRows: 300,
} as const;

export const phoneOf = (customer: number) => `+316${String(customer).padStart(8, '0')}`;
export const hoursAfterEpoch = (h: number) => new Date(FIXTURE.epoch + h * 3_600_000);
export const daysAfterEpoch = (d: number) => new Date(FIXTURE.epoch + d * 86_400_000);

const servicesRequired = process.env.GRONDSLAG_REQUIRE_SERVICES === '1';
export const MYSQL_ADMIN_URL = process.env.GRONDSLAG_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';

async function mysqlReachable(): Promise<boolean> {
  try {
    const c = await mysql.createConnection({ uri: MYSQL_ADMIN_URL, connectTimeout: 2000 });
    await c.query('select 1');
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export const mysqlAvailable = await mysqlReachable();
if (!mysqlAvailable && servicesRequired) {
  throw new Error(
    `MariaDB/MySQL is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${MYSQL_ADMIN_URL} is not reachable`,
  );
}

type Dialect = SqlDialectName;

interface Types {
  id: string;
  text: string;
  time: string;
}

const typesOf: Record<Dialect, Types> = {
  postgres: { id: 'bigint', text: 'text', time: 'timestamptz' },
  mysql: { id: 'bigint', text: 'varchar(200)', time: 'datetime(3)' },
  sqlite: { id: 'integer', text: 'text', time: 'datetime' },
};

function schema(d: Dialect): string[] {
  const q = (n: string) => quoteIdentifier(d, n);
  const t = typesOf[d];
  return [
    `create table customers (id ${t.id} primary key, email ${t.text} not null, phone ${t.text}, name ${t.text}, created_at ${t.time}, credit decimal(10, 2))`,
    `create table orders (id ${t.id} primary key, customer_id ${t.id} not null, note ${t.text}, placed_at ${t.time}, foreign key (customer_id) references customers (id))`,
    `create index orders_customer on orders (customer_id)`,
    `create table call_records (id ${t.id} primary key, phone ${t.text} not null, started_at ${t.time} not null, seconds integer)`,
    `create index call_records_phone on call_records (phone)`,
    `create table ${q(FIXTURE.weirdTable)} (id ${t.id} primary key, ${q('select')} ${t.text}, ${q('user name')} ${t.text}, ${q('tick`name')} ${t.text}, ${q('group')} ${t.id})`,
  ];
}

/** A time as each store takes it in an INSERT: SQLite keeps ISO text, the others get a Date. */
function timeValue(d: Dialect, date: Date): unknown {
  return d === 'sqlite' ? date.toISOString() : date;
}

async function insert(driver: SqlDriver, d: Dialect, table: string, cols: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 400) {
    const p = new Params(d === 'postgres' ? 'dollar' : 'question');
    const values = rows
      .slice(i, i + 400)
      .map((r) => `(${r.map((v) => p.add(v)).join(', ')})`)
      .join(', ');
    await driver.query(
      `insert into ${quoteIdentifier(d, table)} (${cols.map((c) => quoteIdentifier(d, c)).join(', ')}) values ${values}`,
      p.values,
    );
  }
}

async function fill(driver: SqlDriver, d: Dialect): Promise<void> {
  for (const statement of schema(d)) await driver.query(statement);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  await insert(
    driver,
    d,
    'customers',
    ['id', 'email', 'phone', 'name', 'created_at'],
    range(FIXTURE.customers).map((id) => [
      id,
      `c${id}@example.nl`,
      phoneOf(id),
      `Klant ${id}`,
      timeValue(d, daysAfterEpoch(id)),
    ]),
  );
  await insert(
    driver,
    d,
    'orders',
    ['id', 'customer_id', 'note', 'placed_at'],
    range(FIXTURE.customers * FIXTURE.ordersPerCustomer).map((id) => [
      id,
      Math.ceil(id / 2),
      `bestelling ${id}`,
      timeValue(d, hoursAfterEpoch(id)),
    ]),
  );
  await insert(
    driver,
    d,
    'call_records',
    ['id', 'phone', 'started_at', 'seconds'],
    range(FIXTURE.callRecords).map((id) => [
      id,
      phoneOf(Math.ceil(id / 3)),
      timeValue(d, hoursAfterEpoch(id)),
      id % 600,
    ]),
  );
  await insert(
    driver,
    d,
    FIXTURE.weirdTable,
    ['id', 'select', 'user name', 'tick`name', 'group'],
    range(FIXTURE.weirdRows).map((id) => [id, `s${id}`, `user ${id}`, `t${id}`, id % 10]),
  );
  // Statistics, so that every store has a row estimate to report.
  await driver.query(d === 'mysql' ? 'analyze table customers, orders, call_records' : 'analyze');
}

export interface ConnectorTarget {
  name: 'postgres' | 'pglite' | 'mysql' | 'sqlite';
  dialect: Dialect;
  /** False when the server is unreachable outside CI; the suite is then reported as skipped. */
  available: boolean;
  /**
   * A new store holding the fixture, and a connector on it whose statements are reported to
   * `onStatement` (the store's own bookkeeping queries are not).
   */
  open(onStatement?: (sql: string) => void): Promise<{ connector: Connector; drop: () => Promise<void> }>;
}

const counted = (driver: SqlDriver, onStatement?: (sql: string) => void) =>
  onStatement ? countingDriver(driver, onStatement) : driver;

export const connectorTargets: ConnectorTarget[] = [
  {
    name: 'postgres',
    dialect: 'postgres',
    available: postgresAvailable,
    async open(onStatement) {
      const name = `grondslag_conn_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const driver = pgDriver(POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`));
      await fill(driver, 'postgres');
      const connector = postgresConnector('crm', counted(driver, onStatement));
      return {
        connector,
        drop: async () => {
          await connector.close().catch(() => {});
          const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
  {
    name: 'pglite',
    dialect: 'postgres',
    available: true,
    async open(onStatement) {
      const db = await PGlite.create();
      const driver = pgliteDriver(db);
      await fill(driver, 'postgres');
      const connector = postgresConnector('crm', counted(driver, onStatement), 'pglite');
      return { connector, drop: () => connector.close() };
    },
  },
  {
    name: 'mysql',
    dialect: 'mysql',
    available: mysqlAvailable,
    async open(onStatement) {
      const name = `grondslag_conn_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
      await admin.query(`create database ${name}`);
      await admin.end();
      const driver = mysqlDriver(`${MYSQL_ADMIN_URL.replace(/\/[^/]*$/, '')}/${name}`);
      await fill(driver, 'mysql');
      const connector = mysqlConnector('crm', counted(driver, onStatement));
      return {
        connector,
        drop: async () => {
          await connector.close().catch(() => {});
          const c = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
          await c.query(`drop database if exists ${name}`);
          await c.end();
        },
      };
    },
  },
  {
    name: 'sqlite',
    dialect: 'sqlite',
    available: true,
    async open(onStatement) {
      const dir = mkdtempSync(join(tmpdir(), 'grondslag-sqlite-'));
      const file = join(dir, 'crm.db');
      new Database(file).close();
      const driver = sqliteDriver(file);
      await fill(driver, 'sqlite');
      const connector = sqliteConnector('crm', counted(driver, onStatement));
      return {
        connector,
        drop: async () => {
          await connector.close().catch(() => {});
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
