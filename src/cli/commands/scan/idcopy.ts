import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GrondslagError } from '../../../errors.js';
import { checkIdCopy } from '../../../pii/idcopy/check.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';

const labels = { bsn: 'BSN', mrz: 'MRZ', documentNumber: 'document number', photo: 'photo' } as const;

/**
 * `grondslag scan idcopy FILE [--json]`: is anything still readable on this copy of an identity
 * document that the customer should have blacked out? Exit 0 when nothing is, 1 when something is,
 * 2 when the file cannot be checked (missing, damaged, encrypted, not a PDF/PNG/JPEG).
 */
export const scanIdcopyCommand: Command = {
  name: ['scan', 'idcopy'],
  summary: 'check an ID copy (PDF, PNG, JPEG) for a readable BSN, MRZ, document number or photo',
  usage: 'FILE [--json]',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const arg = ctx.positionals[0]!;
    let file: Buffer;
    try {
      file = await readFile(resolve(ctx.io.cwd, arg));
    } catch (e) {
      throw new GrondslagError(
        'IDCOPY_FILE_NOT_READABLE',
        `${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
        { cause: e },
      );
    }
    const check = await checkIdCopy(file);
    if (ctx.json) {
      printJson(ctx, { file: arg, ...check });
    } else if (check.ok) {
      ctx.io.stdout(
        `${arg}: ok — nothing that must be blacked out is readable (${check.method}, ${check.recognisedCharacters} characters read)\n`,
      );
    } else {
      const readable = (Object.keys(labels) as (keyof typeof labels)[])
        .filter((k) => check.readable[k])
        .map((k) => labels[k]);
      const lines = check.findings.map(
        (f) => `  ${f.item.padEnd(16)} ${f.source.padEnd(10)} ${f.detector.padEnd(22)} ${f.preview}`,
      );
      ctx.io.stdout(
        `${arg}: still readable: ${readable.join(', ')} (${check.method})\n${lines.join('\n')}\n`,
      );
    }
    return check.ok ? ExitCode.ok : ExitCode.findings;
  },
};
