import type { ChainBreak } from '../../../audit/chain.js';
import { verifyAuditChain } from '../../../audit/verify.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/** `grondslag audit verify`: recomputes the audit log's hash chain; exit 1 when it is broken. */
export const auditVerifyCommand: Command = {
  name: ['audit', 'verify'],
  summary: 'check that no audit log entry was changed, removed or reordered (exit 1 if one was)',
  usage: '[--json]',
  async run(ctx) {
    const result = await withStore(await ctx.config(), 'grondslag audit verify', (db) =>
      verifyAuditChain(db),
    );
    if (ctx.json) printJson(ctx, result);
    else if (result.ok) ctx.io.stdout(`audit log intact: ${result.entries} entries\n`);
    else {
      const { seq } = result.firstBad;
      const verified = seq > 1 ? `; entries 1 to ${seq - 1} verify` : '';
      ctx.io.stdout(
        `audit log BROKEN at entry ${seq}: ${describeChainBreak(result.firstBad)}\n` +
          `(${result.entries} entries in the log${verified})\n`,
      );
    }
    return result.ok ? ExitCode.ok : ExitCode.findings;
  },
};

/** One line a DPO can act on: what is wrong with the entry, with both hashes or seqs. */
export function describeChainBreak(b: ChainBreak): string {
  switch (b.reason) {
    case 'gap':
      return `entry ${b.expected} is missing (the next entry is ${b.actual})`;
    case 'broken_link':
      return `its previous hash ${b.actual} is not the hash of entry ${b.seq - 1} (${b.expected}): an entry was rewritten or moved`;
    case 'hash_mismatch':
      return `its content no longer matches its hash (stored ${b.actual}, content hashes to ${b.expected}): it was changed after it was written`;
  }
}
