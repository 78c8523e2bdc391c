import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GrondslagError } from '../../../errors.js';
import { buildRegister, type Register } from '../../../policy/register.js';
import { registerToCsv } from '../../../policy/register-csv.js';
import { registerToJson } from '../../../policy/register-json.js';
import { registerToJsonLd } from '../../../policy/register-jsonld.js';
import { registerLanguages } from '../../../policy/register-labels.js';
import type { Command } from '../../command.js';
import { ExitCode } from '../../command.js';
import { policyFromArgs } from '../../policy-file.js';

const writers = {
  csv: registerToCsv,
  json: (r: Register) => `${JSON.stringify(registerToJson(r), null, 2)}\n`,
  jsonld: (r: Register) => `${JSON.stringify(registerToJsonLd(r), null, 2)}\n`,
} as const;
type Format = keyof typeof writers;
const formats = Object.keys(writers) as Format[];

const badArguments = (message: string) =>
  new GrondslagError(
    'CLI_BAD_ARGUMENTS',
    `${message}\nUsage: grondslag policy register ${policyRegisterCommand.usage}`,
  );

/** `grondslag policy register`: the record of processing activities (Art. 30) from the policy. */
export const policyRegisterCommand: Command = {
  name: ['policy', 'register'],
  summary: 'print the record of processing activities (GDPR Art. 30) as CSV, JSON or JSON-LD (DPV)',
  usage: '[FILE] [--format csv|json|jsonld] [--lang nl|en] [--out FILE]',
  positionals: { max: 1 },
  options: {
    format: { type: 'string', description: 'csv (default, for spreadsheets), json, or jsonld (W3C DPV)' },
    lang: { type: 'string', description: "language of the register's texts (default: the policy's first)" },
    out: { type: 'string', description: 'write to FILE instead of standard output' },
  },
  async run(ctx) {
    const format = (ctx.values.format as string | undefined) ?? (ctx.json ? 'json' : 'csv');
    if (!formats.includes(format as Format)) {
      throw badArguments(`unknown format "${format}"; use ${formats.join(', ')}`);
    }
    const lang = ctx.values.lang as string | undefined;
    if (lang !== undefined && !registerLanguages.includes(lang)) {
      throw badArguments(`unknown language "${lang}"; use ${registerLanguages.join(' or ')}`);
    }
    const out = ctx.values.out as string | undefined;
    // `--json` promises one JSON document on stdout; CSV on stdout would break that promise.
    if (ctx.json && format === 'csv' && out === undefined) {
      throw badArguments('--json prints JSON; use --format json or jsonld, or write the CSV with --out');
    }

    const { policy } = await policyFromArgs(ctx);
    const register = buildRegister(policy, { lang });
    const output = writers[format as Format](register);

    if (out === undefined) {
      ctx.io.stdout(output);
      return ExitCode.ok;
    }
    const path = resolve(ctx.io.cwd, out);
    // Write beside the target and rename, so a failure never leaves half a register behind.
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, output, 'utf8');
      await rename(temporary, path);
    } catch (e) {
      await rm(temporary, { force: true });
      throw new GrondslagError('REGISTER_WRITE_FAILED', `cannot write ${out}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    const summary = {
      file: path,
      format,
      language: register.language,
      activities: register.activities.length,
    };
    if (ctx.json) ctx.io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else ctx.io.stdout(`wrote ${summary.activities} activities (${format}, ${summary.language}) to ${out}\n`);
    return ExitCode.ok;
  },
};
