import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, configSchema, resolveConfig } from '../../src/config.js';
import { sealerFor } from '../../src/crypto/master-key.js';
import { createApp } from '../../src/http/app.js';
import { memoryLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { testClock } from './http.js';
import type { SmtpSink } from './smtp.js';

/**
 * The server with mail going to an in-process SMTP server and its own data directory (where the
 * sealing key is generated, as on the embedded demo). `sealer` is the one the app uses.
 */
export async function dsrTestApp(db: Db, smtp?: SmtpSink, options: { publicUrl?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-app-'));
  const file = configSchema.parse({
    store: { dataDir: './data' },
    server: { port: 3000, host: '127.0.0.1', ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) },
    ...(smtp ? { mail: smtp.config } : {}),
  });
  const config: Config = resolveConfig(file, join(dir, 'grondslag.config.yaml'), {}, dir);
  const clock = testClock();
  const log = memoryLogger();
  const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
  const app = createApp({ db, config, policy, clock, log });
  return { app, db, clock, log, config, policy, sealer: sealerFor(config) };
}
