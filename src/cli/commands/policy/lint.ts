import { formatLocation } from '../../../errors.js';
import { type LintReport, lintPolicy } from '../../../policy/lint/lint.js';
import { severities } from '../../../policy/lint/rule.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';
import { policyFromArgs } from '../../policy-file.js';

/**
 * `grondslag policy lint [FILE] [--json]`: what the policy lacks against the GDPR, the UAVG and the
 * Telecommunicatiewet. Exit 1 when any finding is an error; 2 when the file cannot be loaded.
 */
export const policyLintCommand: Command = {
  name: ['policy', 'lint'],
  summary: 'check the policy against the GDPR, UAVG and Tw; exit 1 on any error finding',
  usage: '[FILE] [--json]',
  positionals: { max: 1 },
  async run(ctx) {
    const loaded = await policyFromArgs(ctx);
    const report = lintPolicy(loaded);
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(humanReport(report));
    return report.summary.error > 0 ? ExitCode.findings : ExitCode.ok;
  },
};

/** `file:line:col severity rule-id message (article)` per finding, then a summary line. */
function humanReport(report: LintReport): string {
  const lines = report.findings.map(
    (f) => `${formatLocation(f.location)} ${f.severity} ${f.rule} ${f.message} (${f.article})`,
  );
  // "info" is a mass noun: "5 info", but "5 errors".
  const counts = severities.map(
    (s) => `${report.summary[s]} ${s}${report.summary[s] === 1 || s === 'info' ? '' : 's'}`,
  );
  lines.push(
    report.findings.length === 0
      ? `${report.file}: no findings`
      : `${report.file}: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${counts.join(', ')})`,
  );
  return `${lines.join('\n')}\n`;
}
