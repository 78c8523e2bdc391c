import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { openSeedTarget, type SeedTarget } from '../../src/demo/cloudaware/target.js';
import { MYSQL_ADMIN_URL, mysqlAvailable } from './connectors.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './store.js';

/**
 * Stores to generate the CloudAware demo in: an embedded PGlite directory, and throw-away databases
 * on the machine's PostgreSQL and MariaDB servers (created per test, dropped after). A server that
 * cannot be reached is skipped visibly, unless GRONDSLAG_REQUIRE_SERVICES=1 makes it an error.
 */

export interface DemoTargetFactory {
  name: 'pglite' | 'postgres' | 'mariadb';
  available: boolean;
  /** Where the data went, for the skip message. */
  where: string;
  open(): Promise<{ target: SeedTarget; url?: string; dataDir?: string; drop: () => Promise<void> }>;
}

const scratchName = () => `grondslag_demo_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

export const demoTargets: DemoTargetFactory[] = [
  {
    name: 'pglite',
    available: true,
    where: 'embedded',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'grondslag-demo-pglite-'));
      const dataDir = join(dir, 'cloudaware');
      const target = await openSeedTarget({ type: 'pglite', dataDir });
      return {
        target,
        dataDir,
        drop: async () => {
          await target.close().catch(() => {});
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    available: postgresAvailable,
    where: POSTGRES_ADMIN_URL,
    async open() {
      const name = scratchName();
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
      const target = await openSeedTarget({ type: 'postgres', url });
      return {
        target,
        url,
        drop: async () => {
          await target.close().catch(() => {});
          const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
  {
    name: 'mariadb',
    available: mysqlAvailable,
    where: MYSQL_ADMIN_URL,
    async open() {
      const name = scratchName();
      const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = `${MYSQL_ADMIN_URL.replace(/\/[^/]*$/, '')}/${name}`;
      const target = await openSeedTarget({ type: 'mysql', url });
      return {
        target,
        url,
        drop: async () => {
          await target.close().catch(() => {});
          const c = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
          await c.query(`drop database if exists ${name}`);
          await c.end();
        },
      };
    },
  },
];
