import { appendAudit } from '../../../audit/log.js';
import { loadKeyring, removeKeyFromFileKeyring } from '../../../crypto/keyring.js';
import { sealedKeyUsage } from '../../../crypto/rotate.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag keys retire ID`: drops an old key from the keyring once no stored value uses it. It
 * refuses the current key, a key that still seals values (run `keys rotate` first), and — with keys
 * from the environment — the key the lookup hashes derive from while GRONDSLAG_LOOKUP_KEY is unset.
 * With keys from the environment it only checks: removing the key from the variable is the operator's.
 */
export const keysRetireCommand: Command = {
  name: ['keys', 'retire'],
  summary: 'remove an old encryption key after checking nothing stored still uses it',
  usage: 'ID [--json]',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const id = ctx.positionals[0]!;
    const config = await ctx.config();
    const ring = loadKeyring(config, ctx.io.env);
    const index = ring.keys.findIndex((k) => k.id === id);
    if (index < 0)
      throw new GrondslagError('CRYPTO_KEY_UNKNOWN', `no key ${id} in the keyring (grondslag keys list)`);
    if (index === 0)
      throw new GrondslagError('CRYPTO_KEY_CURRENT', `key ${id} is the current key; rotate first`);
    if (ring.lookupFromOldest && index === ring.keys.length - 1) {
      throw new GrondslagError(
        'CRYPTO_KEY_PINS_LOOKUP',
        `the lookup hashes derive from key ${id}: set GRONDSLAG_LOOKUP_KEY (grondslag keys list --lookup-key) first`,
      );
    }
    await withStore(config, 'grondslag keys retire', async (db) => {
      const used = (await sealedKeyUsage(db))[id] ?? 0;
      if (used > 0) {
        throw new GrondslagError(
          'CRYPTO_KEY_IN_USE',
          `key ${id} still seals ${used} stored values; run \`grondslag keys rotate --no-new-key\` first`,
        );
      }
      if (ring.source !== 'env') removeKeyFromFileKeyring(config, ctx.io.env, id);
      await db.transaction((tx) =>
        appendAudit(tx, { actor: 'cli', action: 'keys.retired', subjectType: 'key', subjectId: id }),
      );
    });
    const removed = ring.source !== 'env';
    if (ctx.json) printJson(ctx, { retired: id, removedFromKeyring: removed });
    else
      ctx.io.stdout(
        removed
          ? `key ${id} retired and removed from the keyring\n`
          : `key ${id} is unused: remove it from GRONDSLAG_SECRET_KEYS / GRONDSLAG_SECRET_KEY and restart\n`,
      );
    return ExitCode.ok;
  },
};
