import { executeRequest } from '../../../dsr/execute.js';
import { executionDeps } from '../../../dsr/execution-deps.js';
import { executionReport } from '../../../dsr/execution-report.js';
import { dsrErrorCodes } from '../../../dsr/request.js';
import { loadRequest } from '../../../dsr/store.js';
import { GrondslagError, isGrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';
import { printExecution } from './show.js';

/**
 * `grondslag dsr run ID`: executes an approved request now, in this process — the same work the
 * `dsr.execute` job does for the worker. Killed or failed halfway, running it again resumes where it
 * stopped; on a request whose execution is done it only reports. Progress goes to stderr, one line
 * per committed step, so stdout stays one JSON document with `--json`.
 */
export const dsrRunCommand: Command = {
  name: ['dsr', 'run'],
  summary: 'execute an approved data-subject request (resumes an interrupted run)',
  usage: 'ID [--batch-size N] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    'batch-size': { type: 'string', description: 'rows changed per committed batch (default 500)' },
  },
  async run(ctx) {
    const id = ctx.positionals[0]!;
    const batch = ctx.values['batch-size'];
    const batchSize = batch === undefined ? undefined : Number(batch);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--batch-size must be a whole number from 1 to 100000');
    }
    const config = await ctx.config();
    const report = await withStore(config, 'grondslag dsr run', async (db) => {
      const deps = await executionDeps({
        db,
        config,
        env: ctx.io.env,
        onCommit: (unit) => ctx.io.stderr(`dsr run: ${unit}\n`),
      });
      if (batchSize !== undefined) deps.batchSize = batchSize;
      try {
        await executeRequest(deps, id);
      } catch (e) {
        // From the command line, "not approved yet" is a problem with what was asked, not a fault.
        if (isGrondslagError(e) && e.code === dsrErrorCodes.illegalTransition) {
          const { status } = await loadRequest(db, deps.sealer, id);
          const approve = `\`grondslag dsr approve ${id}\``;
          const hint =
            status === 'verified'
              ? ` — approve it in the console, or with ${approve}`
              : status === 'received' || status === 'awaiting_verification'
                ? ` — verify and approve it in the console, or with \`grondslag dsr verify ${id}\` and ${approve}`
                : '';
          throw new GrondslagError(e.code, `${e.message}${hint}`, { kind: 'input' });
        }
        throw e;
      } finally {
        deps.outputs?.mailer?.close();
      }
      return executionReport(db, deps.sealer, id, new Date());
    });
    if (ctx.json) printJson(ctx, report);
    else printExecution(ctx, report);
    return ExitCode.ok;
  },
};
