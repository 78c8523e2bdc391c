import { GrondslagError } from '../../errors.js';
import { openJobQueue } from '../../jobs/queue.js';
import { startWorker } from '../../jobs/worker.js';
import { createLogger, logLevelFromEnv } from '../../log.js';
import { type Command, ExitCode } from '../command.js';
import { withStore } from '../open-store.js';

const MAX_CONCURRENCY = 32;

/**
 * `grondslag worker`: runs background jobs until SIGTERM or SIGINT, then lets the running jobs finish.
 * Scale out by starting more of these on the same PostgreSQL; on the embedded store only one process
 * may open the data directory, so a second one stops with STORE_DATA_DIR_IN_USE.
 */
export const workerCommand: Command = {
  name: ['worker'],
  summary: 'run background jobs (and their schedules) until SIGTERM or SIGINT',
  usage: '[--concurrency N]',
  options: {
    concurrency: {
      type: 'string',
      description: `jobs of one kind that run at once in this process (default 1, at most ${MAX_CONCURRENCY})`,
    },
  },
  async run(ctx) {
    const concurrency = parseConcurrency(ctx.values.concurrency);
    const config = await ctx.config();
    // Logs are JSON lines on stderr (src/log.ts); the worker prints nothing else.
    const log = createLogger({
      level: logLevelFromEnv(ctx.io.env) ?? 'info',
      write: (line) => ctx.io.stderr(`${line}\n`),
    });
    await withStore(config, 'grondslag worker', async (db) => {
      const queue = await openJobQueue({
        db,
        url: config.store.url,
        onError: (error) => log.error('job queue error', { error }),
      });
      try {
        const worker = await startWorker({
          queue,
          log,
          concurrency,
          config,
          stopOnSignals: ['SIGTERM', 'SIGINT'],
        });
        await worker.stopped;
      } finally {
        await queue.close();
      }
    });
    return ExitCode.ok;
  },
};

function parseConcurrency(value: unknown): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`,
    );
  }
  return n;
}
