import { redactUrl } from '../../store/open.js';
import { ConnectorError, connectorErrorCodes as codes } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import { SqlConnector } from '../sql/sql-connector.js';
import { mysqlDialect } from './dialect.js';
import { mysqlDriver } from './driver.js';
import { introspectMysql } from './introspect.js';

/** A connector over any MySQL-speaking driver (tests pass a statement-counting one). */
export function mysqlConnector(system: string, driver: SqlDriver): SqlConnector {
  return new SqlConnector(system, 'mysql', mysqlDialect, driver, introspectMysql);
}

/**
 * Connects to MySQL or MariaDB; the URL must name the database. Fails with CONNECTOR_UNREACHABLE
 * when the server cannot be reached.
 *
 * @example
 *   const billing = await openMysqlConnector('billing', 'mysql://grondslag@db.internal:3306/billing');
 */
export async function openMysqlConnector(system: string, url: string): Promise<SqlConnector> {
  let database: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') throw new Error('not mysql');
    database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  } catch {
    throw new ConnectorError(
      codes.badUrl,
      `a MySQL URL looks like mysql://user@host:3306/database, got "${redactUrl(url)}"`,
      {
        system,
      },
    );
  }
  if (!database) {
    throw new ConnectorError(codes.badUrl, `the MySQL URL must name a database: "${redactUrl(url)}"`, {
      system,
    });
  }
  const driver = mysqlDriver(url.replace(/^mariadb:/, 'mysql:'));
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
  return mysqlConnector(system, driver);
}
