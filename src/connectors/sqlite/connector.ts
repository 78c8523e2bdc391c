import { existsSync } from 'node:fs';
import { ConnectorError, connectorErrorCodes as codes } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import { SqlConnector } from '../sql/sql-connector.js';
import { sqliteDialect } from './dialect.js';
import { sqliteDriver } from './driver.js';
import { introspectSqlite } from './introspect.js';

/** A connector over any SQLite driver (tests pass a statement-counting one). */
export function sqliteConnector(system: string, driver: SqlDriver): SqlConnector {
  return new SqlConnector(system, 'sqlite', sqliteDialect, driver, introspectSqlite);
}

/**
 * Opens an existing SQLite file (a `sqlite:` or `file:` prefix is accepted). A missing file is
 * CONNECTOR_UNREACHABLE, never a new empty database.
 *
 * @example
 *   const app = await openSqliteConnector('app', '/var/lib/app/app.db');
 */
export async function openSqliteConnector(system: string, url: string): Promise<SqlConnector> {
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (!existsSync(file)) {
    throw new ConnectorError(
      codes.unreachable,
      `the SQLite file ${file} does not exist`,
      { system },
      { kind: 'internal' },
    );
  }
  let driver: SqlDriver;
  try {
    driver = sqliteDriver(file);
  } catch (e) {
    throw new ConnectorError(
      codes.unreachable,
      `cannot open the SQLite file ${file}: ${(e as Error).message}`,
      { system },
      { kind: 'internal', cause: e },
    );
  }
  return sqliteConnector(system, driver);
}
