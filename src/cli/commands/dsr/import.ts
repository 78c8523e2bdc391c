import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importRequestMail } from '../../../dsr/email-intake.js';
import { requestSummary } from '../../../dsr/summary.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from './context.js';

/**
 * `grondslag dsr import FILE.eml…`: turns e-mails sent to privacy@… into requests. Each message's
 * raw text is kept sealed as evidence; importing a message twice (same Message-ID) adds nothing.
 * With mail configured the sender gets a verification code, unless --no-code.
 */
export const dsrImportCommand: Command = {
  name: ['dsr', 'import'],
  summary: 'import e-mails (.eml) as data-subject requests; the type is read from the text',
  usage: 'FILE.eml… [--no-code] [--json]',
  positionals: { min: 1, max: 1000 },
  options: {
    'no-code': { type: 'boolean', description: 'do not mail the sender a verification code' },
  },
  async run(ctx) {
    const files = ctx.positionals.map((p) => resolve(ctx.io.cwd, p));
    const raws = await Promise.all(
      files.map((f) =>
        readFile(f).catch((e: NodeJS.ErrnoException) => {
          throw new GrondslagError(
            'CLI_FILE_UNREADABLE',
            `${f}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`,
          );
        }),
      ),
    );
    const results = await withDsr(ctx, 'grondslag dsr import', async (deps) => {
      const out = [];
      for (const [i, raw] of raws.entries()) {
        try {
          const r = await importRequestMail(deps, raw, {
            actor: 'cli',
            ...(ctx.values['no-code'] === true ? { sendCode: false } : {}),
          });
          out.push({ file: files[i]!, result: r, now: deps.clock() });
        } catch (e) {
          if (e instanceof GrondslagError && e.kind === 'input') {
            throw new GrondslagError(e.code, `${files[i]}: ${e.message}`);
          }
          throw e;
        }
      }
      return out;
    });
    if (ctx.json) {
      printJson(ctx, {
        imported: results.map(({ file, result, now }) => ({
          file,
          request: requestSummary(result.request, now),
          grouped: result.grouped,
          alreadyImported: result.alreadyImported,
          codeSent: result.codeSent,
        })),
      });
      return ExitCode.ok;
    }
    for (const { file, result } of results) {
      const r = result.request;
      const what = result.alreadyImported
        ? `already imported as ${r.reference}`
        : result.grouped
          ? `grouped into ${r.reference} (${r.type})`
          : `${r.reference}: ${r.type}${r.type === 'unknown' ? ' (set the type in the console)' : ''}, due ${r.dueAt.toISOString().slice(0, 10)}${result.codeSent ? '; code sent' : ''}`;
      ctx.io.stdout(`${file}: ${what}\n`);
    }
    return ExitCode.ok;
  },
};
