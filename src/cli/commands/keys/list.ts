import { loadKeyring } from '../../../crypto/keyring.js';
import { sealedKeyUsage } from '../../../crypto/rotate.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/** `grondslag keys list`: the keyring's key ids, which one is current, and how many stored values use each. */
export const keysListCommand: Command = {
  name: ['keys', 'list'],
  summary: 'list the encryption keys (ids only) and how many stored values each still seals',
  usage: '[--lookup-key] [--json]',
  options: {
    'lookup-key': {
      type: 'boolean',
      description:
        'also print the lookup-hash key (a secret: set it as GRONDSLAG_LOOKUP_KEY before retiring the oldest key)',
    },
  },
  async run(ctx) {
    const config = await ctx.config();
    const ring = loadKeyring(config, ctx.io.env);
    const usage = await withStore(config, 'grondslag keys list', (db) => sealedKeyUsage(db));
    const keys = ring.keys.map((k, i) => ({ id: k.id, current: i === 0, values: usage[k.id] ?? 0 }));
    const unknown = Object.keys(usage).filter((id) => !ring.keys.some((k) => k.id === id));
    const lookupKey = ctx.values['lookup-key'] ? ring.lookupKey.toString('hex') : undefined;
    if (ctx.json) {
      printJson(ctx, {
        source: ring.source,
        keys,
        unknownKeyIds: unknown,
        ...(lookupKey ? { lookupKey } : {}),
      });
    } else {
      for (const k of keys) ctx.io.stdout(`${k.id}${k.current ? ' (current)' : ''}: ${k.values} values\n`);
      for (const id of unknown) ctx.io.stdout(`${id}: ${usage[id]} values under a key NOT in the keyring\n`);
      if (lookupKey) ctx.io.stdout(`lookup key: ${lookupKey}\n`);
    }
    return unknown.length > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
