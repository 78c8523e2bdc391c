import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../store/data-dir-lock.js';
import { redactUrl } from '../../store/open.js';
import { ConnectorError, connectorErrorCodes as codes } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import { SqlConnector } from '../sql/sql-connector.js';
import { postgresDialect } from './dialect.js';
import { pgDriver, pgliteDriver } from './driver.js';
import { introspectPostgres } from './introspect.js';

/**
 * A connector over any driver speaking PostgreSQL SQL: tests pass a wrapped driver here to count
 * the statements sent.
 */
export function postgresConnector(
  system: string,
  driver: SqlDriver,
  type: 'postgres' | 'pglite' = 'postgres',
) {
  return new SqlConnector(system, type, postgresDialect, driver, introspectPostgres);
}

/**
 * Connects to a PostgreSQL server; fails with CONNECTOR_UNREACHABLE when it cannot.
 *
 * @example
 *   const crm = await openPostgresConnector('crm', 'postgres://grondslag@db.internal/crm');
 */
export async function openPostgresConnector(system: string, url: string): Promise<SqlConnector> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new ConnectorError(
      codes.badUrl,
      `a PostgreSQL URL starts with postgres://, got "${redactUrl(url)}"`,
      {
        system,
      },
    );
  }
  const driver = pgDriver(url);
  try {
    await driver.query('select 1');
  } catch (e) {
    await driver.close().catch(() => {});
    throw new ConnectorError(
      codes.unreachable,
      `cannot connect to ${redactUrl(url)}: ${(e as Error).message}`,
      { system },
      { kind: 'internal', cause: e },
    );
  }
  return postgresConnector(system, driver);
}

/**
 * Opens a PGlite database: a data directory (locked for this process: a second process on the same
 * directory would corrupt it), `memory://` for a throw-away one, or an instance this process already
 * has open (Grondslag's own embedded store), which is left open on close.
 *
 * @example
 *   const demo = await openPgliteConnector('demo', { dataDir: '.grondslag/demo' });
 */
export async function openPgliteConnector(
  system: string,
  source: { dataDir: string } | { db: PGlite },
): Promise<SqlConnector> {
  if ('db' in source) {
    return postgresConnector(system, pgliteDriver(source.db, { closeDatabase: false }), 'pglite');
  }
  const memory = source.dataDir === 'memory://' || source.dataDir === '';
  const lock = memory ? undefined : lockDataDir(source.dataDir, `grondslag connector ${system}`);
  try {
    const db = await PGlite.create(memory ? {} : { dataDir: source.dataDir });
    return postgresConnector(system, pgliteDriver(db, { onClose: () => lock?.release() }), 'pglite');
  } catch (e) {
    lock?.release();
    throw new ConnectorError(
      codes.unreachable,
      `cannot open the PGlite database in ${source.dataDir}: ${(e as Error).message}`,
      { system },
      { kind: 'internal', cause: e },
    );
  }
}
