import { addKeyToFileKeyring, loadKeyring } from '../../../crypto/keyring.js';
import { sealerFor } from '../../../crypto/master-key.js';
import { resealAll } from '../../../crypto/rotate.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag keys rotate`: on the embedded store, creates a new key and makes it current; then (on
 * any store) re-seals every stored value still under an older key, in batches with one transaction
 * each. With keys from the environment the new key is put first in GRONDSLAG_SECRET_KEYS and the
 * processes restarted beforehand (they read old and new keys alike), and `--no-new-key` re-seals.
 * Interrupted, it is run again with `--no-new-key` and continues where it stopped.
 */
export const keysRotateCommand: Command = {
  name: ['keys', 'rotate'],
  summary: 'make a new encryption key current and re-seal every stored value with it',
  usage: '[--no-new-key] [--batch-size N] [--json]',
  options: {
    'no-new-key': {
      type: 'boolean',
      description:
        're-seal under the current key without adding one (keys from the environment, or resuming)',
    },
    'batch-size': { type: 'string', description: 'rows per transaction (default 200)' },
  },
  async run(ctx) {
    const batchText = ctx.values['batch-size'];
    const batchSize = typeof batchText === 'string' ? Number(batchText) : undefined;
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--batch-size must be a positive whole number');
    }
    const config = await ctx.config();
    const before = loadKeyring(config, ctx.io.env);
    const addKey = !ctx.values['no-new-key'] && before.source !== 'env' && !config.store.url;
    if (!ctx.values['no-new-key'] && !addKey) {
      throw new GrondslagError(
        'CRYPTO_KEYRING_FROM_ENV',
        'the keys come from the environment: put the new key first in GRONDSLAG_SECRET_KEYS, restart, then run `grondslag keys rotate --no-new-key`',
      );
    }
    // The new key is only written once the store can be opened (the data dir is locked by withStore),
    // so a running server never sees a keyring it did not start with.
    const result = await withStore(config, 'grondslag keys rotate', async (db) => {
      if (addKey) addKeyToFileKeyring(config, ctx.io.env);
      const sealer = sealerFor(config, ctx.io.env);
      const r = await resealAll(db, sealer, { actor: 'cli', batchSize });
      return { keyId: sealer.keyId, ...r };
    });
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    if (ctx.json) {
      printJson(ctx, {
        currentKey: result.keyId,
        newKey: addKey,
        resealed: result.tables,
        rows,
        batches: result.batches,
      });
    } else {
      ctx.io.stdout(
        `current key ${result.keyId}${addKey ? ' (new)' : ''}; re-sealed ${rows} rows in ${result.batches} batches\n`,
      );
      const old = before.keys.map((k) => k.id).filter((id) => id !== result.keyId);
      if (old.length > 0)
        ctx.io.stdout(`older keys, now unused: ${old.join(', ')} (grondslag keys retire ID)\n`);
    }
    return ExitCode.ok;
  },
};
