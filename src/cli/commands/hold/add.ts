import { type IdentityKind, identityKinds } from '../../../datamap/schema.js';
import { GrondslagError } from '../../../errors.js';
import { bindRetention } from '../../../retention/bind.js';
import { addHold, type LegalHoldInput } from '../../../retention/holds.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { parseAt, withRetention } from '../retention/setup.js';
import { formatHold } from './list.js';

/**
 * `grondslag hold add`: records a forensic order that keeps data past its retention period — by
 * person (`--identity phone=+31612345678`; `phone=-` reads the value from stdin, keeping it out of
 * the shell history), by collection and time window, or both. Refused for data under a rule that
 * legal holds may not extend (see src/retention/holds.ts for why).
 */
export const holdAddCommand: Command = {
  name: ['hold', 'add'],
  summary: 'place a legal hold (forensic order) on a person, a collection and time window, or both',
  usage:
    '--reference REF --authority NAME --issued DATE [--expires DATE] [--identity KIND=VALUE] [--collection C] [--from DATE] [--to DATE] [--json]',
  options: {
    reference: { type: 'string', description: "the order's reference, e.g. the public prosecutor's number" },
    authority: {
      type: 'string',
      description: 'who issued it, e.g. "Officier van Justitie, arrondissement Den Haag"',
    },
    issued: { type: 'string', description: 'date of the order (YYYY-MM-DD)' },
    expires: { type: 'string', description: 'last day the order holds (YYYY-MM-DD); none: until released' },
    identity: {
      type: 'string',
      description: `the person: KIND=VALUE, KIND one of ${identityKinds.join(', ')}; VALUE "-" reads stdin`,
    },
    collection: {
      type: 'string',
      description: 'a collection under a rule that holds may extend (system.collection)',
    },
    from: { type: 'string', description: 'start of the time window on the collection’s clock (inclusive)' },
    to: { type: 'string', description: 'end of the time window (exclusive)' },
  },
  async run(ctx) {
    const v = ctx.values;
    const input: LegalHoldInput = {
      reference: String(v.reference ?? ''),
      authority: String(v.authority ?? ''),
      issuedOn: String(v.issued ?? ''),
      ...(v.expires !== undefined ? { expiresOn: String(v.expires) } : {}),
      ...(v.collection !== undefined ? { collection: String(v.collection) } : {}),
    };
    if (v.identity !== undefined) input.identity = await parseIdentity(String(v.identity), ctx.io.stdin);
    if (v.from !== undefined || v.to !== undefined) {
      input.window = {
        ...(v.from !== undefined ? { from: parseAt(v.from) } : {}),
        ...(v.to !== undefined ? { to: parseAt(v.to) } : {}),
      };
    }
    const { hold, coverage } = await withRetention(ctx, 'grondslag hold add', (deps) =>
      addHold(deps.db, deps.sealer, bindRetention(deps.policy, deps.datamap), deps.datamap, input, {
        actor: 'cli',
        now: new Date(),
      }),
    );
    if (ctx.json) {
      printJson(ctx, { hold, coverage });
      return ExitCode.ok;
    }
    const lines = [
      `Legal hold placed: ${hold.id}`,
      formatHold(hold, new Date()),
      `  keeps data in: ${coverage.covers.join(', ')}`,
    ];
    if (coverage.notExtendable.length > 0) {
      lines.push(`  not kept (their rules do not allow legal holds): ${coverage.notExtendable.join(', ')}`);
    }
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return ExitCode.ok;
  },
};

async function parseIdentity(
  text: string,
  stdin: NodeJS.ReadableStream,
): Promise<{ kind: IdentityKind; value: string }> {
  const at = text.indexOf('=');
  const kind = at > 0 ? text.slice(0, at) : '';
  if (!(identityKinds as readonly string[]).includes(kind)) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--identity must be KIND=VALUE with KIND one of ${identityKinds.join(', ')}`,
    );
  }
  let value = text.slice(at + 1);
  if (value === '-') {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    value = Buffer.concat(chunks).toString('utf8').trim();
  }
  return { kind: kind as IdentityKind, value };
}
