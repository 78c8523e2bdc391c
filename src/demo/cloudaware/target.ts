import mysql from 'mysql2/promise';
import { GrondslagError } from '../../errors.js';
import { lockDataDir } from '../../store/data-dir-lock.js';
import { redactUrl } from '../../store/open.js';
import { openPglite } from '../../store/pglite.js';
import { openPostgres } from '../../store/postgres.js';
import { type DemoDialect, mariadbDialect, postgresDialect } from './sql-dialect.js';

/**
 * Where the demo store is generated: an embedded PGlite directory, a PostgreSQL database or a
 * MariaDB database. The generator needs little from it: run a statement, run a script, read a few
 * rows.
 */
export interface SeedTarget {
  readonly dialect: DemoDialect;
  /** For messages: the data directory, or the URL without its password. */
  readonly description: string;
  /** How many statements may run at once (one per connection; PGlite has one). */
  readonly connections: number;
  /** One statement; returns the rows it inserted. Calls may overlap up to `connections`. */
  run(sql: string): Promise<number>;
  /** A script of statements separated by `;`, on one connection (session settings hold throughout). */
  exec(script: string): Promise<void>;
  query<R>(sql: string): Promise<R[]>;
  close(): Promise<void>;
}

export type SeedTargetSpec =
  | { type: 'pglite'; dataDir: string }
  | { type: 'postgres' | 'mysql'; url: string };

/**
 * Opens the target and checks the connection; an unreachable server is a GrondslagError naming the
 * (redacted) URL. On a server, `connections` (default 2) statements run side by side, each on its
 * own connection, so the server's cores share the work. The embedded directory is locked for the
 * duration: a second process on the same PGlite directory would corrupt it.
 *
 * @example
 *   const target = await openSeedTarget({ type: 'pglite', dataDir: '.grondslag/demo/cloudaware' });
 */
export async function openSeedTarget(
  spec: SeedTargetSpec,
  options: { connections?: number } = {},
): Promise<SeedTarget> {
  const connections = spec.type === 'pglite' ? 1 : Math.max(1, options.connections ?? 2);
  if (spec.type === 'pglite') {
    const lock = lockDataDir(spec.dataDir, 'grondslag demo seed');
    try {
      const db = await openPglite({ dataDir: spec.dataDir });
      return {
        dialect: postgresDialect,
        description: `PGlite ${spec.dataDir}`,
        connections,
        run: async (sql) => (await db.query(sql)).rowCount,
        exec: (script) => db.exec(script),
        query: async <R>(sql: string) => (await db.query<R>(sql)).rows,
        close: async () => {
          await db.close();
          lock.release();
        },
      };
    } catch (e) {
      lock.release();
      throw e;
    }
  }
  if (spec.type === 'postgres') {
    const db = openPostgres(spec.url, { max: connections });
    await reach(
      spec.url,
      () => db.query('select 1'),
      () => db.close(),
    );
    return {
      dialect: postgresDialect,
      description: redactUrl(spec.url),
      connections,
      run: async (sql) => (await db.query(sql)).rowCount,
      // Without parameters pg sends the script in one simple-protocol message, on one connection.
      exec: (script) => db.exec(script),
      query: async <R>(sql: string) => (await db.query<R>(sql)).rows,
      close: () => db.close(),
    };
  }
  // Several statements per call for the DDL scripts; instants are stored as UTC DATETIMEs.
  const pool = mysql.createPool({
    uri: spec.url,
    connectionLimit: connections,
    multipleStatements: true,
    charset: 'utf8mb4',
  });
  pool.on('connection', (c) => {
    c.query("set time_zone = '+00:00'");
  });
  await reach(
    spec.url,
    () => pool.query('select 1'),
    () => pool.end(),
  );
  return {
    dialect: mariadbDialect,
    description: redactUrl(spec.url),
    connections,
    run: async (sql) => ((await pool.query(sql))[0] as mysql.ResultSetHeader).affectedRows,
    exec: async (script) => {
      await pool.query(script);
    },
    query: async <R>(sql: string) => (await pool.query(sql))[0] as R[],
    close: () => pool.end(),
  };
}

async function reach(
  url: string,
  connect: () => Promise<unknown>,
  close: () => Promise<unknown>,
): Promise<void> {
  try {
    await connect();
  } catch (e) {
    await close().catch(() => {});
    throw new GrondslagError(
      'DEMO_TARGET_UNREACHABLE',
      `cannot connect to ${redactUrl(url)}: ${(e as Error).message}`,
      {
        kind: 'internal',
        cause: e,
      },
    );
  }
}
