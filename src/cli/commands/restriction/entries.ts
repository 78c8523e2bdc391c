import {
  liftRestrictionEntry,
  listRestrictionEntries,
  type RestrictionEntry,
  restrictionEntryJson,
} from '../../../dsr/restriction-entries.js';
import { GrondslagError } from '../../../errors.js';
import {
  type Command,
  type CommandContext,
  ExitCode,
  printJson,
  stateConflictAsInput,
} from '../../command.js';
import { withDsr } from '../dsr/context.js';

function line(e: RestrictionEntry): string {
  const purposes = e.purposes.length > 0 ? ` for ${e.purposes.join(', ')}` : '';
  const rows = e.rows > 0 ? `, ${e.rows} row(s) kept by key` : '';
  const lifted = e.liftedAt ? `, lifted ${e.liftedAt.toISOString().slice(0, 10)}: ${e.liftReason ?? ''}` : '';
  return `${String(e.id).padStart(5)}  ${e.since.toISOString().slice(0, 10)}  ${e.scope.replaceAll('_', ' ')}${purposes} (${e.article}) — ${e.request?.reference ?? 'no request'}${rows}${lifted}\n`;
}

/** `grondslag restriction list`: the entries of the restriction/suppression list, newest first. */
export const restrictionListCommand: Command = {
  name: ['restriction', 'list'],
  summary: 'list the entries of the restriction/suppression list (newest first; --all adds lifted ones)',
  usage: '[--all] [--json]',
  options: { all: { type: 'boolean', description: 'include lifted entries' } },
  async run(ctx) {
    const entries = await withDsr(ctx, 'grondslag restriction list', (deps) =>
      listRestrictionEntries(deps.db, { all: ctx.values.all === true }),
    );
    if (ctx.json) printJson(ctx, { entries: entries.map(restrictionEntryJson) });
    else if (entries.length === 0) ctx.io.stdout('the restriction list is empty\n');
    else for (const e of entries) ctx.io.stdout(line(e));
    return ExitCode.ok;
  },
};

function entryId(ctx: CommandContext): number {
  const raw = ctx.positionals[0]!;
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id)) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `"${raw}" is not an entry id (a number from restriction list)`,
    );
  }
  return id;
}

/**
 * `grondslag restriction lift ID --reasons T`: ends an entry; when it came from a request, the
 * person is mailed the notice first (Art. 18(3); needs mail.smtp).
 */
export const restrictionLiftCommand: Command = {
  name: ['restriction', 'lift'],
  summary: 'lift an entry of the restriction list, mailing the person the Art. 18(3) notice first',
  usage: 'ID --reasons T [--json]',
  positionals: { min: 1, max: 1 },
  options: { reasons: { type: 'string', description: 'why the restriction ends (quoted in the notice)' } },
  async run(ctx) {
    const id = entryId(ctx);
    const reasons = typeof ctx.values.reasons === 'string' ? ctx.values.reasons.trim() : '';
    if (!reasons)
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--reasons is required: why the restriction ends');
    const lifted = await withDsr(ctx, 'grondslag restriction lift', async (deps) => {
      return stateConflictAsInput(() => liftRestrictionEntry(deps, id, { by: 'cli', reasons }));
    });
    if (ctx.json) printJson(ctx, { entry: restrictionEntryJson(lifted), notified: lifted.notified });
    else {
      ctx.io.stdout(
        `restriction ${lifted.id} lifted${lifted.notified ? `; the notice was mailed for ${lifted.request?.reference}` : ' (no request to write to)'}\n`,
      );
    }
    return ExitCode.ok;
  },
};
