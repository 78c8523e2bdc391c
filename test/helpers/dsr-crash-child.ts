/**
 * A child process for the kill -9 test: executes a request like `grondslag dsr run`, but kills itself
 * with SIGKILL right after the next change a connector made in the organisation's store — the delete
 * or rewrite has committed there, and its checkpoint in Grondslag's store has not. That is the one
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
  const crashing: Connector = Object.create(c);
  if (crashAfter === 'delete') {
    crashing.deleteRows = async (...args) => {
      const n = await c.deleteRows(...args);
      die();
      return n;
    };
  } else {
    crashing.anonymiseRows = async (...args) => {
      const n = await c.anonymiseRows(...args);
      die();
      return n;
    };
  }
  return crashing;
};
await executeRequest(deps, requestId);
await db.close();
process.stderr.write('finished without crashing\n');
