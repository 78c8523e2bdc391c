import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { demoLogsDir, demoStoreDir } from '../paths.js';
import { existingAccessLogs, writeAccessLogs } from './cloudaware/logs.js';
import { seedDemoStore, startOfUtcDay } from './cloudaware/seed.js';
import { openSeedTarget } from './cloudaware/target.js';

/** How many customers the built-in demo starts with: enough to show every page, seeded in seconds. */
export const DEMO_CUSTOMERS = 1000;

/**
 * On the built-in demo (no configuration file), fills the CloudAware demo store and its web-server
 * logs the first time, so that `npm start` shows requests, retention and discovery working on data
 * without any set-up. With a configuration file nothing is generated: real systems are the user's.
 *
 * @returns what was generated, or undefined when nothing needed to be
 */
export async function seedDemoOnFirstStart(
  config: Config,
  cwd: string,
  say: (line: string) => void,
): Promise<{ customers: number; rows: number; logLines: number } | undefined> {
  if (config.file !== undefined) return undefined;
  const storeDir = resolve(cwd, demoStoreDir);
  const logsDir = resolve(cwd, demoLogsDir);
  const needStore = !existsSync(storeDir);
  const needLogs = (await existingAccessLogs(logsDir).catch(() => [])).length === 0;
  if (!needStore && !needLogs) return undefined;
  say(
    `Generating the CloudAware demo store (${DEMO_CUSTOMERS.toLocaleString('en-US')} synthetic customers) …`,
  );
  const now = startOfUtcDay();
  let rows = 0;
  if (needStore) {
    const target = await openSeedTarget({ type: 'pglite', dataDir: storeDir }, { connections: 1 });
    try {
      rows = (await seedDemoStore(target, { customers: DEMO_CUSTOMERS, seed: 1, now, replace: false }))
        .totalRows;
    } finally {
      await target.close();
    }
  }
  let logLines = 0;
  if (needLogs) {
    logLines = (
      await writeAccessLogs({
        dir: logsDir,
        customers: DEMO_CUSTOMERS,
        seed: 1,
        now,
        days: 400,
        replace: false,
      })
    ).lines;
  }
  return { customers: DEMO_CUSTOMERS, rows, logLines };
}
