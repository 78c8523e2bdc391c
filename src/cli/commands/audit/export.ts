import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportAudit } from '../../../audit/export.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag audit export`: one period of the audit log as a JSON document a regulator can check.
 * Exit 1 when the log does not verify; the document is written all the same, since it says so.
 */
export const auditExportCommand: Command = {
  name: ['audit', 'export'],
  summary: 'export the audit entries of a period, with the hash to check them from (JSON)',
  usage: '--from DATE --to DATE [--out FILE] [--json]',
  options: {
    from: { type: 'string', description: 'first day (YYYY-MM-DD, UTC) or an ISO 8601 time with zone' },
    to: {
      type: 'string',
      description: 'last day, included (YYYY-MM-DD, UTC), or an exclusive ISO 8601 time',
    },
    out: { type: 'string', description: 'write the document to FILE instead of stdout' },
  },
  async run(ctx) {
    const from = parsePeriodBound(ctx.values.from, 'from');
    const to = parsePeriodBound(ctx.values.to, 'to');
    if (from.getTime() >= to.getTime()) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--from must be before --to');
    }
    const doc = await withStore(await ctx.config(), 'grondslag audit export', (db) =>
      exportAudit(db, { from, to }),
    );
    const out = typeof ctx.values.out === 'string' ? resolve(ctx.io.cwd, ctx.values.out) : undefined;
    if (!out) {
      printJson(ctx, doc);
      return doc.verification.ok ? ExitCode.ok : ExitCode.findings;
    }
    writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
    const { period, previous, verification } = doc;
    if (ctx.json) printJson(ctx, { out, period, entries: doc.entries.length, previous, verification });
    else {
      ctx.io.stdout(
        `wrote ${doc.entries.length} entries (${period.from} to ${period.to}) to ${out}\n` +
          (verification.ok
            ? `audit log intact: ${verification.entries} entries\n`
            : `audit log BROKEN at entry ${verification.firstBad.seq} (${verification.firstBad.reason}); run grondslag audit verify\n`),
      );
    }
    return verification.ok ? ExitCode.ok : ExitCode.findings;
  },
};

/**
 * A day `YYYY-MM-DD` is a UTC day: as `--from` its start, as `--to` the start of the next day, so
 * `--from 2026-01-01 --to 2026-01-31` is all of January. A time must carry its zone (`Z`, `+01:00`):
 * a regulator's period must not depend on the machine's time zone.
 */
export function parsePeriodBound(value: unknown, which: 'from' | 'to'): Date {
  if (typeof value !== 'string' || value === '') {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', `--${which} DATE is required`);
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', `--${which} "${value}" is not a calendar date`);
    }
    if (which === 'to') date.setUTCDate(date.getUTCDate() + 1);
    return date;
  }
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? new Date(value)
    : undefined;
  if (!time || Number.isNaN(time.getTime())) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--${which} "${value}" must be a date YYYY-MM-DD or an ISO 8601 time with zone, e.g. 2026-01-31T12:00:00Z`,
    );
  }
  return time;
}
