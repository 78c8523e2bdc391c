import { holdStatus, type LegalHold, listHolds } from '../../../retention/holds.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';
import { showDate } from '../retention/setup.js';

/** `grondslag hold list [--all] [--json]`: the legal holds, with their status today; `--all` adds released ones. */
export const holdListCommand: Command = {
  name: ['hold', 'list'],
  summary: 'list legal holds (active and expired; --all adds released ones)',
  usage: '[--all] [--json]',
  options: { all: { type: 'boolean', description: 'include released holds' } },
  async run(ctx) {
    const now = new Date();
    const holds = await withStore(await ctx.config(), 'grondslag hold list', (db) =>
      listHolds(db, { includeReleased: ctx.values.all === true }),
    );
    if (ctx.json) {
      printJson(ctx, { holds: holds.map((h) => ({ ...h, status: holdStatus(h, now) })) });
    } else if (holds.length === 0) {
      ctx.io.stdout('No legal holds.\n');
    } else {
      ctx.io.stdout(`${holds.map((h) => `${h.id}\n${formatHold(h, now)}`).join('\n')}\n`);
    }
    return ExitCode.ok;
  },
};

/** A hold as indented lines (no identity value: the fingerprint tells holds on one person apart). */
export function formatHold(h: LegalHold, now: Date): string {
  const scope = [
    h.identityKind ? `person by ${h.identityKind} (${h.identityFingerprint})` : undefined,
    h.collection ? `collection ${h.system}.${h.collection}` : undefined,
    h.windowFrom || h.windowTo
      ? `clock from ${showDate(h.windowFrom)} to ${showDate(h.windowTo)}`
      : undefined,
  ].filter(Boolean);
  const lines = [
    `  ${holdStatus(h, now)}  ${h.reference} — ${h.authority}`,
    `  issued ${h.issuedOn}, ${h.expiresOn ? `expires after ${h.expiresOn}` : 'until released'}; ${scope.join(', ')}`,
  ];
  if (h.releasedAt) lines.push(`  released ${showDate(h.releasedAt)} by ${h.releasedBy}: ${h.releaseReason}`);
  return lines.join('\n');
}
