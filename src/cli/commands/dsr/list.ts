import { deadlineState } from '../../../dsr/deadline.js';
import { listRequests } from '../../../dsr/store.js';
import { requestSummary } from '../../../dsr/summary.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from './context.js';

/**
 * `grondslag dsr list`: the request queue by due date. `--due` keeps the open requests that are
 * overdue or due within 7 days and exits 1 when any is overdue, so a cron job can alert on it.
 */
export const dsrListCommand: Command = {
  name: ['dsr', 'list'],
  summary:
    'list data-subject requests by due date (--due: overdue and near-due only; exit 1 if any is overdue)',
  usage: '[--due] [--all] [--json]',
  options: {
    due: { type: 'boolean', description: 'only open requests that are overdue or due within 7 days' },
    all: { type: 'boolean', description: 'include completed, denied and withdrawn requests' },
  },
  async run(ctx) {
    const due = ctx.values.due === true;
    const { requests, now } = await withDsr(ctx, 'grondslag dsr list', async (deps) => ({
      requests: await listRequests(deps.db, deps.sealer, {
        open: due || ctx.values.all !== true,
        limit: 10_000,
      }),
      now: deps.clock(),
    }));
    const shown = due
      ? requests.filter((r) => ['overdue', 'near'].includes(deadlineState(r, now).flag))
      : requests;
    const overdue = shown.filter((r) => deadlineState(r, now).flag === 'overdue').length;
    const code = due && overdue > 0 ? ExitCode.findings : ExitCode.ok;
    if (ctx.json) {
      printJson(ctx, { requests: shown.map((r) => requestSummary(r, now)), overdue });
      return code;
    }
    if (shown.length === 0) {
      ctx.io.stdout(due ? 'no requests overdue or due within 7 days\n' : 'no requests\n');
      return code;
    }
    for (const r of shown) {
      const s = requestSummary(r, now);
      const mark = s.deadline === 'overdue' ? 'OVERDUE' : s.deadline === 'near' ? 'due soon' : '';
      ctx.io.stdout(
        `${s.reference.padEnd(14)} ${s.type.padEnd(16)} ${s.status.padEnd(22)} due ${s.dueAt.slice(0, 10)}${s.extended ? ' (extended)' : ''}  ${mark}\n`.replace(
          /\s+\n$/,
          '\n',
        ),
      );
    }
    return code;
  },
};
