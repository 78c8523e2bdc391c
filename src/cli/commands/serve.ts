import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ensureFirstAdmin } from '../../access/first-admin.js';
import { seedDemoOnFirstStart } from '../../demo/first-start.js';
import { GrondslagError } from '../../errors.js';
import { createApp } from '../../http/app.js';
import { openJobQueue } from '../../jobs/queue.js';
import { startWorker } from '../../jobs/worker.js';
import { createLogger, logLevelFromEnv } from '../../log.js';
import { loadPolicyFile } from '../../policy/load.js';
import { lockDataDir } from '../../store/data-dir-lock.js';
import { openStore } from '../../store/open.js';
import { type Command, ExitCode } from '../command.js';

function parsePort(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > 65535) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      '--port must be a port number from 0 to 65535 (0: any free port)',
    );
  }
  return n;
}

/** The URL people type: a wildcard address is reachable as localhost, IPv6 needs brackets. */
export function displayUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}/`;
}

/**
 * Resolves on the first SIGINT or SIGTERM. While the server then shuts down, a repeated SIGTERM (a
 * supervisor, or `timeout`, passing it on once more) is ignored — dying half-way would leave PGlite's
 * data directory unclean — and a second Ctrl-C means "stop now".
 */
function nextSignal(onForce: () => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first: NodeJS.Signals | undefined;
    const on = (signal: NodeJS.Signals) => {
      if (first === undefined) {
        first = signal;
        resolve(signal);
      } else if (signal === 'SIGINT') {
        onForce();
      }
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * `grondslag serve`: the public portal, the admin console and the API. Loads the configuration
 * (default: the CloudAware demo with the embedded store in ./.grondslag/data), migrates the store,
 * creates the first admin when there is nobody yet, and runs until SIGINT or SIGTERM; then it stops
 * taking requests and closes the database, so that PGlite's data directory stays sound.
 */
export const serveCommand: Command = {
  name: ['serve'],
  summary: 'run the privacy portal, the admin console and the API',
  usage: '[--port N] [--host H] [--no-worker]',
  options: {
    'no-worker': {
      type: 'boolean',
      description:
        'do not run background jobs in this process (run `grondslag worker` processes instead; PostgreSQL only)',
    },
    port: { type: 'string', description: 'port to listen on (default 3000, or PORT; 0: any free port)' },
    host: { type: 'string', description: 'address to listen on (default 127.0.0.1)' },
  },
  async run(ctx) {
    const config = await ctx.config();
    const port = parsePort(ctx.values.port) ?? config.server.port;
    const host = typeof ctx.values.host === 'string' ? ctx.values.host : config.server.host;
    const log = createLogger({
      level: logLevelFromEnv(ctx.io.env) ?? 'info',
      write: (line) => ctx.io.stderr(`${line}\n`),
    });
    const policy = await loadPolicyFile(config.policyPath);
    const seeded = await seedDemoOnFirstStart(config, ctx.io.cwd, (line) => ctx.io.stdout(`${line}\n`));
    if (seeded) {
      ctx.io.stdout(
        `  ${seeded.rows.toLocaleString('en-US')} rows and ${seeded.logLines.toLocaleString('en-US')} log lines in .grondslag/demo\n`,
      );
    }
    const lock = config.store.url ? undefined : lockDataDir(config.store.dataDir, 'grondslag serve');
    try {
      const db = await openStore(config.store);
      try {
        const admin = await ensureFirstAdmin(db, { email: config.server.adminEmail, now: new Date() });
        const app = createApp({ db, config, policy, clock: () => new Date(), log });
        // The embedded store belongs to this one process, so jobs must run here; on PostgreSQL extra
        // `grondslag worker` processes may share the queue, and --no-worker leaves it to them.
        if (ctx.values['no-worker'] === true && !config.store.url) {
          throw new GrondslagError(
            'CLI_BAD_ARGUMENTS',
            '--no-worker needs a PostgreSQL store (DATABASE_URL): the embedded store cannot be shared with a worker process',
          );
        }
        const queue =
          ctx.values['no-worker'] === true
            ? undefined
            : await openJobQueue({
                db,
                url: config.store.url,
                onError: (e) => log.warn('job queue error', { error: e.message }),
              });
        const worker = queue ? await startWorker({ queue, log, config }) : undefined;
        const stopped = nextSignal(() => {
          log.warn('second interrupt: stopping without closing the database');
          process.exit(130);
        });
        const server = serve({ fetch: app.fetch, port, hostname: host });
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', reject);
        });
        const url = displayUrl(host, (server.address() as AddressInfo).port);
        ctx.io.stdout(`Grondslag is running at ${url}\n  portal:  ${url}\n  console: ${url}admin\n`);
        if (admin) {
          ctx.io.stdout(
            `\nFirst start: an admin account was created.\n  e-mail:   ${admin.email}\n` +
              `  password: ${admin.password}\nThis password is shown only now; you choose a new one at first sign-in.\n`,
          );
        }
        log.info('server started', { url, store: db.driver });
        const signal = await stopped;
        log.info('server stopping', { signal });
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; idle ones can go at once.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        // Let running jobs finish before the database closes under them.
        await worker?.stop();
        await queue?.close();
      } finally {
        await db.close();
      }
    } finally {
      lock?.release();
    }
    log.info('server stopped');
    return ExitCode.ok;
  },
};
