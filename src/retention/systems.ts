import type { Config } from '../config.js';
import type { Connector } from '../connectors/connector.js';
import { openConnector } from '../connectors/open.js';
import { GrondslagError } from '../errors.js';

/**
 * The organisation's stores as retention reaches them: a connector per configured system, opened on
 * first use (a plan that touches one system opens one connection) and closed together at the end.
 */
export interface SystemConnectors {
  get(system: string): Promise<Connector>;
  close(): Promise<void>;
}

/**
 * @example
 *   const systems = connectorsFor(config.systems);
 *   try { await (await systems.get('crm')).countDue('customers', …); } finally { await systems.close(); }
 */
export function connectorsFor(
  systems: Config['systems'],
  open: (name: string, system: Config['systems'][string]) => Promise<Connector> = openConnector,
): SystemConnectors {
  const opened = new Map<string, Promise<Connector>>();
  return {
    get(system) {
      let c = opened.get(system);
      if (!c) {
        const configured = systems[system];
        if (!configured) {
          return Promise.reject(
            new GrondslagError(
              'RETENTION_SYSTEM_NOT_CONFIGURED',
              `the data map names system "${system}", but the configuration has no such system (systems: ${Object.keys(systems).join(', ') || 'none'})`,
            ),
          );
        }
        c = open(system, configured);
        // A failed open is not cached: the next call tries again.
        c.catch(() => opened.delete(system));
        opened.set(system, c);
      }
      return c;
    },
    async close() {
      const all = [...opened.values()];
      opened.clear();
      await Promise.all(all.map((p) => p.then((c) => c.close()).catch(() => {})));
    },
  };
}

/** Connectors that already exist (tests, the bench), keyed by system name; closing closes them. */
export function fixedConnectors(connectors: Record<string, Connector>): SystemConnectors {
  return {
    async get(system) {
      const c = connectors[system];
      if (!c)
        throw new GrondslagError('RETENTION_SYSTEM_NOT_CONFIGURED', `no connector for system "${system}"`);
      return c;
    },
    async close() {
      await Promise.all(Object.values(connectors).map((c) => c.close().catch(() => {})));
    },
  };
}
