import { resolve } from 'node:path';
import type { Config } from '../../../config.js';
import { type AccessLogReport, existingAccessLogs, writeAccessLogs } from '../../../demo/cloudaware/logs.js';
import {
  MAX_DEMO_CUSTOMERS,
  type SeedReport,
  seedDemoStore,
  startOfUtcDay,
} from '../../../demo/cloudaware/seed.js';
import { openSeedTarget, type SeedTargetSpec } from '../../../demo/cloudaware/target.js';
import { GrondslagError } from '../../../errors.js';
import { demoLogsDir } from '../../../paths.js';
import { redactUrl } from '../../../store/open.js';
import { type Command, type CommandContext, ExitCode, printJson } from '../../command.js';
import { createProgress } from '../../progress.js';

/**
 * `grondslag demo seed --customers N [--system NAME | --url URL] [--logs DIR]`: fills the CloudAware
 * demo store that examples/cloudaware/datamap.yaml describes. Without --system or --url the target
 * is the built-in demo's embedded store (`cloudaware`) and its web-server logs (`weblogs`).
 */
export const demoSeedCommand: Command = {
  name: ['demo', 'seed'],
  summary: 'generate the CloudAware demo store (and web-server logs), 1,000 to 10,000,000 customers',
  usage: '--customers N [--system NAME | --url URL] [--logs DIR] [--replace] [--jobs N] [--json]',
  options: {
    customers: { type: 'string', short: 'n', description: 'how many customers (default 1000)' },
    system: { type: 'string', description: 'a configured system to fill (pglite, postgres or mysql)' },
    url: { type: 'string', description: 'a postgres:// or mysql:// URL to fill instead' },
    logs: { type: 'string', description: 'also write nginx access logs to this directory' },
    'log-days': { type: 'string', description: 'days of access logs, one file per day (default 400)' },
    seed: { type: 'string', description: 'generator seed; the same seed gives the same data (default 1)' },
    now: { type: 'string', description: 'generate as of this date (YYYY-MM-DD, default today)' },
    replace: { type: 'boolean', description: 'drop existing demo tables and log files first' },
    jobs: {
      type: 'string',
      description: 'statements run side by side on a server, one per connection (default 2)',
    },
  },
  async run(ctx) {
    const customers = wholeNumber(ctx, 'customers', 1000, MAX_DEMO_CUSTOMERS);
    const seed = wholeNumber(ctx, 'seed', 1, 2 ** 31 - 1);
    const logDays = wholeNumber(ctx, 'log-days', 400, 5000);
    const jobs = wholeNumber(ctx, 'jobs', 2, 64);
    const now = asOf(ctx.values.now as string | undefined);
    const { spec, name, logs } = await chooseTarget(ctx, await ctx.config());
    const replace = ctx.values.replace === true;
    // Refuse before hours of seeding, not after.
    if (logs !== undefined && !replace && (await existingAccessLogs(logs)).length > 0) {
      throw new GrondslagError(
        'DEMO_LOGS_EXIST',
        `${logs} already holds access logs; pass --replace to write new ones`,
      );
    }
    const progress = createProgress(ctx.io, { json: ctx.json });

    const target = await openSeedTarget(spec, { connections: jobs });
    let report: SeedReport;
    try {
      report = await seedDemoStore(target, {
        customers,
        seed,
        now,
        replace,
        onProgress: (e) => {
          if (e.phase === 'schema') progress.start('tables', undefined, `${name}: creating tables`);
          else if (e.phase === 'rows' && e.customers === 0)
            progress.start('customers', e.total, `${name}: rows`);
          else if (e.phase === 'rows') progress.update(e.customers);
          else if (e.phase === 'keys') progress.start('keys', undefined, `${name}: foreign keys and indexes`);
          else progress.start('tables', undefined, `${name}: planner statistics`);
        },
      });
    } finally {
      await target.close();
    }
    let logReport: AccessLogReport | undefined;
    if (logs !== undefined) {
      progress.start('days', logDays, `access logs in ${logs}`);
      logReport = await writeAccessLogs({
        dir: logs,
        customers,
        seed,
        now,
        days: logDays,
        replace,
        onDay: (done) => progress.update(done),
      });
    }
    progress.done();

    if (ctx.json)
      printJson(ctx, {
        system: name,
        ...report,
        logs: logReport && { dir: logReport.dir, files: logReport.files.length, lines: logReport.lines },
      });
    else {
      const n = (x: number) => x.toLocaleString('en-US');
      ctx.io.stdout(
        `${name}: ${n(report.customers)} customers, ${n(report.totalRows)} rows in ${report.target} ` +
          `(${report.seconds.total.toFixed(1)} s, ${n(report.customersPerSecond)} customers/s)\n` +
          (logReport
            ? `${n(logReport.files.length)} log files, ${n(logReport.lines)} lines in ${logReport.dir}\n`
            : ''),
      );
    }
    return ExitCode.ok;
  },
};

/** The store to fill and where its logs go: --url, --system, or the built-in demo's `cloudaware`. */
async function chooseTarget(
  ctx: CommandContext,
  config: Config,
): Promise<{ spec: SeedTargetSpec; name: string; logs?: string }> {
  const url = ctx.values.url as string | undefined;
  const system = ctx.values.system as string | undefined;
  const logsArg = ctx.values.logs as string | undefined;
  const logs = logsArg !== undefined ? resolve(ctx.io.cwd, logsArg) : undefined;
  if (url !== undefined && system !== undefined) {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', 'give --system or --url, not both');
  }
  if (url !== undefined) {
    if (/^postgres(ql)?:\/\//.test(url))
      return { spec: { type: 'postgres', url }, name: redactUrl(url), logs };
    if (/^(mysql|mariadb):\/\//.test(url)) {
      return { spec: { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') }, name: redactUrl(url), logs };
    }
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--url must be a postgres:// or mysql:// URL, got "${redactUrl(url)}"`,
    );
  }
  const name = system ?? 'cloudaware';
  const configured = config.systems[name];
  if (!configured) {
    const known = Object.keys(config.systems);
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `no system "${name}" in the configuration${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}; give --system NAME or --url URL`,
    );
  }
  // The built-in demo writes its logs where its `weblogs` system reads them.
  const demoLogs =
    system === undefined && config.file === undefined ? resolve(ctx.io.cwd, demoLogsDir) : undefined;
  const withLogs = logs ?? demoLogs;
  switch (configured.type) {
    case 'pglite':
      return { spec: { type: 'pglite', dataDir: resolve(ctx.io.cwd, configured.url) }, name, logs: withLogs };
    case 'postgres':
    case 'mysql':
      return { spec: { type: configured.type, url: configured.url }, name, logs: withLogs };
    default:
      throw new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        `system "${name}" is a ${configured.type} system; the demo store can be generated on pglite, postgres or mysql`,
      );
  }
}

function wholeNumber(ctx: CommandContext, option: string, fallback: number, max: number): number {
  const raw = ctx.values[option] as string | undefined;
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--${option} must be a whole number from 1 to ${max.toLocaleString('en-US')}, got "${raw}"`,
    );
  }
  return value;
}

function asOf(raw: string | undefined): Date {
  if (raw === undefined) return startOfUtcDay();
  const d = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', `--now must be a date as YYYY-MM-DD, got "${raw}"`);
  }
  return d;
}
