import { jobKinds } from '../../../jobs/registry.js';
import { type JobFailure, type JobKindStatus, jobsOverview } from '../../../jobs/status.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/** `grondslag jobs list`: queued, active and failed jobs per kind, when each last ran, recent failures. */
export const jobsListCommand: Command = {
  name: ['jobs', 'list'],
  summary: 'show queued, active and failed background jobs per kind and the latest failures',
  usage: '[--json]',
  async run(ctx) {
    // On the embedded store a running worker or server owns the data directory; withStore says so.
    const overview = await withStore(await ctx.config(), 'grondslag jobs list', (db) =>
      jobsOverview(
        db,
        jobKinds.map((k) => k.name),
      ),
    );
    if (ctx.json) printJson(ctx, overview);
    else ctx.io.stdout(formatOverview(overview.kinds, overview.recentFailures));
    return ExitCode.ok;
  },
};

function formatOverview(kinds: JobKindStatus[], failures: JobFailure[]): string {
  const header = ['kind', 'queued', 'active', 'failed', 'completed', 'last run'];
  const rows = kinds.map((k) => [
    k.kind,
    String(k.queued),
    String(k.active),
    String(k.failed),
    String(k.completed),
    k.lastRunAt ? k.lastRunAt.toISOString() : 'never',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line), ''];
  if (failures.length === 0) out.push('no failed jobs');
  else {
    out.push('recent failures:');
    for (const f of failures) {
      const code = f.code ? `${f.code}: ` : '';
      out.push(
        `  ${f.failedAt.toISOString()}  ${f.kind}  ${f.jobId}  after ${f.attempts} attempt(s)  ${code}${f.message}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
