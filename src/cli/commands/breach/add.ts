import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { type AffectedEstimate, estimateAffected } from '../../../breach/affected.js';
import { breachClocks, formatRemaining } from '../../../breach/clocks.js';
import { connectorCounter } from '../../../breach/count-people.js';
import { checkBreachInput } from '../../../breach/incident.js';
import { formatLocal } from '../../../breach/local-time.js';
import { presentBreach } from '../../../breach/present.js';
import { getBreach, recordBreach } from '../../../breach/store.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withBreach } from './context.js';

/** Flag name → input field, for flags and for naming the flag in errors. */
const textFlags = {
  'occurred-at': 'occurredAt',
  'aware-at': 'awareAt',
  description: 'description',
  subjects: 'subjects',
  consequences: 'consequences',
  measures: 'measures',
  contact: 'contact',
  risk: 'risk',
  'risk-reasons': 'riskReasons',
} as const;
const countFlags = { people: 'approxPeople', records: 'approxRecords' } as const;

/**
 * `grondslag breach add`: records a breach from flags or from a YAML/JSON file (`--file`, fields as
 * in src/breach/incident.ts; flags override the file). Times without an offset are Amsterdam time.
 * Prints the clocks, and the data-map collections holding the categories involved.
 */
export const breachAddCommand: Command = {
  name: ['breach', 'add'],
  summary: 'record a personal-data breach and start its 24/72-hour notification clocks',
  usage:
    '--aware-at TIME [--occurred-at TIME] [--category ID]... [--people N] [--records N] [--description T] [--consequences T] [--measures T] [--risk none|risk|high --risk-reasons T] [--unintelligible] [--file FILE] [--json]',
  options: {
    file: { type: 'string', description: 'a YAML or JSON file with the fields (awareAt, categories, …)' },
    'aware-at': {
      type: 'string',
      description: 'when the organisation became aware ("2026-03-28 23:30", Amsterdam time, or ISO 8601)',
    },
    'occurred-at': { type: 'string', description: 'when the breach happened, if known' },
    category: {
      type: 'string',
      multiple: true,
      description: 'a policy category id of the data involved (repeatable)',
    },
    subjects: { type: 'string', description: 'categories of people concerned, e.g. "customers"' },
    people: { type: 'string', description: 'approximate number of people' },
    records: { type: 'string', description: 'approximate number of records' },
    description: { type: 'string', description: 'nature of the breach: what happened' },
    consequences: { type: 'string', description: 'likely consequences' },
    measures: { type: 'string', description: 'measures taken or proposed' },
    contact: { type: 'string', description: "contact point (default: the policy's DPO)" },
    unintelligible: {
      type: 'boolean',
      description: 'the data was unintelligible, e.g. encrypted (Art. 34(3)(a))',
    },
    risk: { type: 'string', description: 'risk assessment: none, risk or high' },
    'risk-reasons': { type: 'string', description: 'reasons for the risk assessment' },
    count: {
      type: 'boolean',
      description:
        'count rows (and people, where a row is a person) in the configured systems; fills --people/--records when not given',
    },
  },
  positionals: { max: 0 },
  async run(ctx) {
    const v = ctx.values;
    let input: Record<string, unknown> = {};
    if (typeof v.file === 'string') {
      const path = resolve(ctx.io.cwd, v.file);
      const text = await readFile(path, 'utf8').catch((e: unknown) => {
        throw new GrondslagError('BREACH_INPUT_INVALID', `${v.file}: cannot read (${(e as Error).message})`);
      });
      let doc: unknown;
      try {
        doc = parse(text, { maxAliasCount: 100 });
      } catch (e) {
        throw new GrondslagError(
          'BREACH_INPUT_INVALID',
          `${v.file}: not YAML or JSON (${(e as Error).message})`,
        );
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new GrondslagError('BREACH_INPUT_INVALID', `${v.file}: expected a mapping of breach fields`);
      }
      input = { ...(doc as Record<string, unknown>) };
    }
    for (const [flag, field] of Object.entries(textFlags)) {
      if (typeof v[flag] === 'string') input[field] = v[flag];
    }
    for (const [flag, field] of Object.entries(countFlags)) {
      const raw = v[flag];
      if (typeof raw !== 'string') continue;
      if (!/^\d+$/.test(raw)) {
        throw new GrondslagError(
          'BREACH_INPUT_INVALID',
          `--${flag} (${field}): must be a whole number, got "${raw}"`,
          {
            details: [{ path: field, message: 'not a whole number' }],
          },
        );
      }
      input[field] = Number(raw);
    }
    if (Array.isArray(v.category)) input.categories = v.category;
    if (v.unintelligible === true) input.unintelligible = true;
    if (input.awareAt === undefined) {
      throw new GrondslagError(
        'BREACH_INPUT_INVALID',
        'awareAt (--aware-at): when the organisation became aware is required',
        {
          details: [{ path: 'awareAt', message: 'required' }],
        },
      );
    }
    // Fail fast on what needs no policy or store; the categories are checked against the policy below.
    checkBreachInput(input);
    const config = v.count === true ? await ctx.config() : undefined;
    const { breach, estimate } = await withBreach(ctx, 'grondslag breach add', async (deps) => {
      const facts = checkBreachInput(
        input,
        deps.policy.categories.map((c) => c.id),
      );
      let estimate: AffectedEstimate | undefined;
      if (deps.datamap) {
        const counter = config ? connectorCounter(config.systems) : undefined;
        try {
          estimate = await estimateAffected(deps.datamap, facts.categories, counter);
        } finally {
          await counter?.close();
        }
        // The DPO's own numbers win; the count fills in only what was left open.
        if (facts.approxRecords === null && estimate.records !== undefined)
          facts.approxRecords = estimate.records;
        if (facts.approxPeople === null && estimate.peopleAtLeast)
          facts.approxPeople = estimate.peopleAtLeast;
      }
      const id = await recordBreach(deps.store, facts, {
        telecom: deps.policy.breach?.telecomProvider ?? false,
      });
      return { breach: await getBreach(deps.db, deps.sealer, id), estimate };
    });
    const collections = estimate?.collections;
    const now = new Date();
    if (ctx.json) {
      printJson(ctx, { breach: presentBreach(breach, now), affected: estimate ?? null });
      return ExitCode.ok;
    }
    const c = breachClocks(breach, now);
    const lines = [`Breach recorded: ${breach.id}`, `  aware: ${formatLocal(breach.awareAt)}`];
    for (const k of c.clocks) {
      lines.push(
        `  ${k.kind}${k === c.governing ? ' (governing)' : ''}: due ${formatLocal(k.dueAt)}, ${k.overdue ? 'OVERDUE' : 'remaining'} ${formatRemaining(k.remainingMinutes)}`,
      );
    }
    if (collections && collections.length > 0) {
      lines.push(
        `  data map: ${collections.map((x) => `${x.system}.${x.collection}${'rows' in x ? ` (${x.rows} rows)` : ''}`).join(', ')}`,
      );
    }
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return ExitCode.ok;
  },
};
