import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GrondslagError } from '../../../errors.js';
import { allowList } from '../../../pii/allow-list.js';
import { checkOperator, type Operator } from '../../../pii/operators.js';
import type { ScanOptions } from '../../../pii/scan.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { ownContactDetails } from '../../../policy/own-details.js';
import { type PiiType, piiTypes } from '../../../policy/schema.js';
import type { CommandContext, OptionSpec } from '../../command.js';

/** Options shared by `scan text` and `scan file`. */
export const scanFilterOptions: Record<string, OptionSpec> = {
  types: {
    type: 'string',
    description: `only these PII types, comma-separated (${piiTypes.slice(0, 3).join(', ')}, …)`,
  },
  'min-score': { type: 'string', description: 'drop findings scoring below this (0–1, default 0.5)' },
  allow: {
    type: 'string',
    description:
      "a file of values never reported, one per line (the organisation's own phone numbers, role mailboxes, address, IBAN); # starts a comment",
  },
  'allow-own': {
    type: 'boolean',
    description: "never report the controller's and DPO's contact details published in the configured policy",
  },
  'report-organisation-contacts': {
    type: 'boolean',
    description:
      'also report organisation contact points (role mailboxes, "call us" numbers, addresses and IBANs of legal persons), omitted by default',
  },
};

/** The values of an `--allow` file: one per line, blank lines and `#` comments skipped. */
function allowValues(ctx: CommandContext, file: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(ctx.io.cwd, file), 'utf8');
  } catch {
    throw new GrondslagError('PII_ALLOW_FILE_UNREADABLE', `--allow: cannot read ${file}`, {
      kind: 'not_found',
    });
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The environment variable that holds the key of the hmac operator on the command line. */
export const HMAC_KEY_ENV = 'GRONDSLAG_PII_KEY';

function badArgument(message: string): GrondslagError {
  return new GrondslagError('CLI_BAD_ARGUMENTS', message);
}

/**
 * `--types`, `--min-score`, `--allow`, `--allow-own` and `--report-organisation-contacts` as ScanOptions, with clear errors for
 * unknown types, bad numbers and an unreadable allow file.
 */
export async function scanOptionsFrom(ctx: CommandContext): Promise<ScanOptions> {
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
  const allowed: string[] = [];
  const allow = ctx.values.allow;
  if (typeof allow === 'string') allowed.push(...allowValues(ctx, allow));
  if (ctx.values['allow-own'] === true) {
    const config = await ctx.config();
    allowed.push(...ownContactDetails((await loadPolicyFile(config.policyPath)).policy));
  }
  if (allowed.length > 0) options.allow = allowList(allowed);
  if (ctx.values['report-organisation-contacts'] === true) options.organisationContacts = 'report';
  return options;
}

/** `--operator`, checked; the hmac key comes from GRONDSLAG_PII_KEY. */
export function operatorFrom(ctx: CommandContext): { operator: Operator; key?: string } {
  const raw = ctx.values.operator;
  const operator = checkOperator(typeof raw === 'string' ? raw : 'tag');
  const key = ctx.io.env[HMAC_KEY_ENV];
  return key ? { operator, key } : { operator };
}
