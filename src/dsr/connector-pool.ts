import type { Connector } from '../connectors/connector.js';

/**
 * The connectors one execution uses, opened on first need and closed together at the end, so a
 * plan touching three collections of one system opens that system once.
 *
 * @example
 *   const pool = new ConnectorPool((name) => openConnector(name, config.systems[name]!));
 *   try { const crm = await pool.get('crm'); … } finally { await pool.close(); }
 */
export class ConnectorPool {
  private readonly open = new Map<string, Promise<Connector>>();

  constructor(private readonly opener: (system: string) => Promise<Connector>) {}

  get(system: string): Promise<Connector> {
    let c = this.open.get(system);
    if (!c) {
      c = this.opener(system);
      // A failed open is not cached: the next attempt tries again.
      c.catch(() => this.open.delete(system));
      this.open.set(system, c);
    }
    return c;
  }

  async close(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close().catch(() => {})));
  }
}

/**
 * Connectors shared by several executions (the worker taking a queue of requests): each execution
 * borrows them, and its `close()` leaves them open; the owner closes them all at the end. Opening a
 * connection and reading a store's catalogue once per queue instead of once per request is most of
 * the fixed cost of a small request.
 *
 * @example
 *   const shared = sharedConnectors(deps.openSystem);
 *   deps.openSystem = shared.openSystem;
 *   try { for (const id of ids) await executeRequest(deps, id); } finally { await shared.close(); }
 */
export function sharedConnectors(opener: (system: string) => Promise<Connector>): {
  openSystem(system: string): Promise<Connector>;
  close(): Promise<void>;
} {
  const pool = new ConnectorPool(opener);
  return {
    async openSystem(system) {
      const c = await pool.get(system);
      const borrowed: Connector = Object.create(c);
      borrowed.close = async () => {};
      return borrowed;
    },
    close: () => pool.close(),
  };
}
