import type { AuditRecord } from '../../../audit/entry.js';
import { auditRecordJson, listAudit } from '../../../audit/records.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

const MAX_LIMIT = 10_000;

/** `grondslag audit list`: the newest audit log entries, newest first. */
export const auditListCommand: Command = {
  name: ['audit', 'list'],
  summary: 'show the newest audit log entries, newest first',
  usage: '[--limit N] [--json]',
  options: { limit: { type: 'string', description: `how many entries (default 20, at most ${MAX_LIMIT})` } },
  async run(ctx) {
    const limit = parseLimit(ctx.values.limit);
    const entries = await withStore(await ctx.config(), 'grondslag audit list', (db) =>
      listAudit(db, { limit }),
    );
    if (ctx.json) printJson(ctx, { entries: entries.map(auditRecordJson) });
    else if (entries.length === 0) ctx.io.stdout('the audit log is empty\n');
    else ctx.io.stdout(`${entries.map(formatEntry).join('\n')}\n`);
    return ExitCode.ok;
  },
};

function parseLimit(value: unknown): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > MAX_LIMIT) {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', `--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  return n;
}

/** `12  2026-01-31T10:00:00.000Z  user:42  user.created  user:43  -> v2  {"role":"dpo"}` */
function formatEntry(r: AuditRecord): string {
  const parts = [String(r.seq).padStart(6), r.at.toISOString(), r.actor, r.action];
  if (r.subjectType) parts.push(r.subjectId ? `${r.subjectType}:${r.subjectId}` : r.subjectType);
  if (r.beforeId || r.afterId) parts.push(`${r.beforeId ?? '-'} -> ${r.afterId ?? '-'}`);
  if (Object.keys(r.data).length > 0) parts.push(JSON.stringify(r.data));
  return parts.join('  ');
}
