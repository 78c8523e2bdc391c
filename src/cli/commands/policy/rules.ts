import { lintRules } from '../../../policy/lint/rules.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';

/** `grondslag policy rules [--json]`: every lint rule with its id, severity, article and title. */
export const policyRulesCommand: Command = {
  name: ['policy', 'rules'],
  summary: 'list the lint rules: id, severity, the article each enforces, and what it checks',
  usage: '[--json]',
  async run(ctx) {
    const rules = lintRules.map(({ id, severity, article, title }) => ({ id, severity, article, title }));
    if (ctx.json) {
      printJson(ctx, { rules });
      return ExitCode.ok;
    }
    const idWidth = Math.max(...rules.map((r) => r.id.length));
    const lines = rules.map(
      (r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title} (${r.article})`,
    );
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return ExitCode.ok;
  },
};
