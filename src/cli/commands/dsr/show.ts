import { sealerFor } from '../../../crypto/master-key.js';
import { type ExecutionReport, executionReport } from '../../../dsr/execution-report.js';
import { type Command, type CommandContext, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag dsr show ID --json`: a request's status and due date, and per system/collection the rows
 * found, erased, anonymised and kept, with the reason and article for what was kept.
 */
export const dsrShowCommand: Command = {
  name: ['dsr', 'show'],
  summary: 'show a request: status, due date, and what execution found, erased, anonymised and kept',
  usage: 'ID [--json]',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const id = ctx.positionals[0]!;
    const config = await ctx.config();
    const report = await withStore(config, 'grondslag dsr show', (db) =>
      executionReport(db, sealerFor(config, ctx.io.env), id, new Date()),
    );
    if (ctx.json) printJson(ctx, report);
    else printExecution(ctx, report);
    return ExitCode.ok;
  },
};

/** The report as text: a header, then one line per collection, then what was kept and why. */
export function printExecution(ctx: CommandContext, report: ExecutionReport): void {
  const r = report.request;
  const out: string[] = [
    `${r.reference} (${r.id}): ${r.type}, ${r.status}, due ${r.dueAt.slice(0, 10)}${r.overdue ? ' — OVERDUE' : ''}`,
  ];
  const e = report.execution;
  if (!e) {
    out.push('not executed yet');
  } else {
    out.push(`execution: ${e.kind}, ${e.status}${e.lastError ? ` (last error: ${e.lastError})` : ''}`);
    const header = ['system.collection', 'found', 'erased', 'anonymised', 'kept', 'updated'];
    const rows = e.collections.map((c) => [
      `${c.system}.${c.collection}`,
      String(c.found),
      String(c.erased),
      String(c.anonymised),
      String(c.kept),
      String(c.updated),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    out.push(line(header), ...rows.map(line));
    for (const c of e.collections) {
      for (const k of c.keptFor)
        out.push(`kept ${k.rows} in ${c.system}.${c.collection}: ${k.reason} (${k.article})`);
    }
    for (const w of e.warnings) out.push(`warning: ${w}`);
  }
  ctx.io.stdout(`${out.join('\n')}\n`);
}
