/**
 * A child process for the kill -9 test: executes a request like `grondslag dsr run`, but kills itself
 * with SIGKILL right after the next change a connector made in the organisation's store — the delete
 * or rewrite has committed there (alone, or with the store transaction it was part of), and its
 * checkpoint in Grondslag's store has not. That is the one
 * moment a resumable execution must get right, and a kill from outside hits it only by luck.
 *
 *   node --import tsx test/helpers/dsr-crash-child.ts REQUEST_ID CONFIG delete|anonymise BATCH_SIZE
 */

import { loadConfig } from '../../src/config.js';
import type { Connector } from '../../src/connectors/connector.js';
import { executeRequest } from '../../src/dsr/execute.js';
import { executionDeps } from '../../src/dsr/execution-deps.js';
import { openStore } from '../../src/store/open.js';

const [requestId, configPath, crashAfter, batch] = process.argv.slice(2) as [string, string, string, string];
const config = await loadConfig({ path: configPath });
const db = await openStore(config.store);
const deps = await executionDeps({
  db,
  config,
  onCommit: (unit) => process.stderr.write(`dsr run: ${unit}\n`),
});
deps.batchSize = Number(batch);
const open = deps.openSystem;
deps.openSystem = async (name) => {
  const c = await open(name);
  const die = () => {
    process.stderr.write(`crash: after ${crashAfter} in ${name}\n`);
    process.kill(process.pid, 'SIGKILL');
  };
  /** The connector, calling `after` right after each change of the kind this child crashes on. */
  const watching = (inner: Connector, after: () => void): Connector => {
    const w: Connector = Object.create(inner);
    if (crashAfter === 'delete') {
      w.deleteRows = async (...args) => {
        const n = await inner.deleteRows(...args);
        after();
        return n;
      };
    } else {
      w.anonymiseRows = async (...args) => {
        const n = await inner.anonymiseRows(...args);
        after();
        return n;
      };
      if (inner.writeRows) {
        w.writeRows = async (...args) => {
          const n = await inner.writeRows!(...args);
          after();
          return n;
        };
      }
    }
    return w;
  };
  const crashing = watching(c, die);
  if (c.withTransaction) {
    // Changes made in a store transaction are there once it commits: the crash comes right after.
    crashing.withTransaction = async (fn) => {
      let changed = false;
      const result = await c.withTransaction!((inner) =>
        fn(
          watching(inner, () => {
            changed = true;
          }),
        ),
      );
      if (changed) die();
      return result;
    };
  }
  return crashing;
};
await executeRequest(deps, requestId);
await db.close();
process.stderr.write('finished without crashing\n');
