import type { Config } from '../config.js';
import { type Connector, ConnectorError, connectorErrorCodes as codes } from './connector.js';
import { openLogFileConnector } from './logfile/connector.js';
import { openMysqlConnector } from './mysql/connector.js';
import { openPgliteConnector, openPostgresConnector } from './postgres/connector.js';
import { openSqliteConnector } from './sqlite/connector.js';

export type SystemConfig = Config['systems'][string];

/**
 * Opens the connector for one configured system, by its type. The connection is tried at once, so a
 * wrong URL or a server that is down fails here with CONNECTOR_UNREACHABLE naming the system.
 *
 * @example
 *   const crm = await openConnector('crm', config.systems.crm!);
 *   try { … } finally { await crm.close(); }
 */
export async function openConnector(name: string, system: SystemConfig): Promise<Connector> {
  switch (system.type) {
    case 'postgres':
      return openPostgresConnector(name, system.url);
    case 'pglite':
      return openPgliteConnector(name, { dataDir: system.url });
    case 'mysql':
      return openMysqlConnector(name, system.url);
    case 'sqlite':
      return openSqliteConnector(name, system.url);
    case 'logfile':
      return openLogFileConnector(name, system.url);
    default:
      throw new ConnectorError(
        codes.unknownType,
        `unknown system type "${(system as { type: string }).type}"`,
        { system: name },
      );
  }
}
