import type { Config } from '../config.js';
import type { Connector } from '../connectors/connector.js';
import { openConnector } from '../connectors/open.js';
import type { AffectedCollection, PeopleCounter } from './affected.js';

/**
 * A `PeopleCounter` over the configured systems: rows by the connector's `countRows`, and people
 * only where a row is a person (`personKeyed`) — elsewhere a person may fill many rows, and an honest
 * "unknown" beats a count that is really of log lines. Systems not configured are skipped.
 *
 * @example
 *   const counter = connectorCounter(config.systems);
 *   try { await estimateAffected(datamap, ['email'], counter); } finally { await counter.close(); }
 */
export function connectorCounter(systems: Config['systems']): PeopleCounter & { close(): Promise<void> } {
  const open = new Map<string, Promise<Connector>>();
  const connector = (name: string) => {
    let c = open.get(name);
    if (!c) {
      c = openConnector(name, systems[name]!);
      open.set(name, c);
    }
    return c;
  };
  return {
    async count(target: AffectedCollection) {
      if (!systems[target.system]) return { rows: 0 };
      const rows = await (await connector(target.system)).countRows(target.collection);
      return target.personKeyed ? { rows, people: rows } : { rows };
    },
    async close() {
      for (const c of open.values()) await (await c).close();
    },
  };
}
