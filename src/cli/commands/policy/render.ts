import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GrondslagError } from '../../../errors.js';
import { renderStatement, type StatementFormat, statementFormats } from '../../../policy/render/render.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';
import { policyFromArgs } from '../../policy-file.js';

/** `grondslag policy render`: the published privacy statement, generated from the policy alone. */
export const policyRenderCommand: Command = {
  name: ['policy', 'render'],
  summary: 'write the privacy statement from the policy, as Markdown (Hugo) or a standalone HTML page',
  usage: '[FILE] [--lang nl|en] [--format md|html] [--out FILE]',
  positionals: { max: 1 },
  options: {
    lang: { type: 'string', description: "language of the statement (default: the policy's first language)" },
    format: { type: 'string', description: 'md (default, Markdown with Hugo front matter) or html' },
    out: { type: 'string', description: 'write to FILE instead of standard output' },
  },
  async run(ctx) {
    const format = (ctx.values.format as string | undefined) ?? 'md';
    // Checked before the policy is read, so that a typo is reported as itself.
    if (!(statementFormats as readonly string[]).includes(format)) {
      throw new GrondslagError(
        'RENDER_UNKNOWN_FORMAT',
        `unknown format "${format}"; use ${statementFormats.join(' or ')}\nUsage: grondslag policy render ${policyRenderCommand.usage}`,
      );
    }
    const { policy } = await policyFromArgs(ctx);
    const lang = (ctx.values.lang as string | undefined) ?? policy.meta.languages[0] ?? '';
    // Rendered in full before anything is written: a bad --lang leaves no file behind.
    const statement = renderStatement(policy, { lang, format: format as StatementFormat });

    const out = ctx.values.out as string | undefined;
    if (out === undefined) {
      if (ctx.json) printJson(ctx, { language: lang, format, statement });
      else ctx.io.stdout(statement);
      return ExitCode.ok;
    }
    const path = resolve(ctx.io.cwd, out);
    // Write beside the target and rename, so that a failure never leaves half a statement behind.
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, statement, 'utf8');
      await rename(temporary, path);
    } catch (e) {
      await rm(temporary, { force: true });
      throw new GrondslagError('RENDER_WRITE_FAILED', `cannot write ${out}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    if (ctx.json) printJson(ctx, { file: path, language: lang, format, bytes: Buffer.byteLength(statement) });
    else ctx.io.stdout(`wrote the ${lang} statement (${format}) to ${out}\n`);
    return ExitCode.ok;
  },
};
