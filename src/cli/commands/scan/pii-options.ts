import { GrondslagError } from '../../../errors.js';
import { checkOperator, type Operator } from '../../../pii/operators.js';
import type { ScanOptions } from '../../../pii/scan.js';
import { type PiiType, piiTypes } from '../../../policy/schema.js';
import type { CommandContext, OptionSpec } from '../../command.js';

/** Options shared by `scan text` and `scan file`. */
export const scanFilterOptions: Record<string, OptionSpec> = {
  types: {
    type: 'string',
    description: `only these PII types, comma-separated (${piiTypes.slice(0, 3).join(', ')}, …)`,
  },
  'min-score': { type: 'string', description: 'drop findings scoring below this (0–1, default 0.5)' },
};

/** The environment variable that holds the key of the hmac operator on the command line. */
export const HMAC_KEY_ENV = 'GRONDSLAG_PII_KEY';

function badArgument(message: string): GrondslagError {
  return new GrondslagError('CLI_BAD_ARGUMENTS', message);
}

/** `--types` and `--min-score` as ScanOptions, with clear errors for unknown types or bad numbers. */
export function scanOptionsFrom(ctx: CommandContext): ScanOptions {
  const options: ScanOptions = {};
  const types = ctx.values.types;
  if (typeof types === 'string') {
    const list = types
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    for (const t of list) {
      if (!(piiTypes as readonly string[]).includes(t)) {
        throw badArgument(`--types: unknown PII type "${t}"; known types: ${piiTypes.join(', ')}`);
      }
    }
    options.types = list as PiiType[];
  }
  const min = ctx.values['min-score'];
  if (typeof min === 'string') {
    const n = Number(min);
    if (min.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
      throw badArgument(`--min-score must be a number from 0 to 1, got "${min}"`);
    }
    options.minScore = n;
  }
  return options;
}

/** `--operator`, checked; the hmac key comes from GRONDSLAG_PII_KEY. */
export function operatorFrom(ctx: CommandContext): { operator: Operator; key?: string } {
  const raw = ctx.values.operator;
  const operator = checkOperator(typeof raw === 'string' ? raw : 'tag');
  const key = ctx.io.env[HMAC_KEY_ENV];
  return key ? { operator, key } : { operator };
}
