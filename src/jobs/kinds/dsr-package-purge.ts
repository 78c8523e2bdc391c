import { z } from 'zod';
import { purgeExpiredPackages } from '../../dsr/package/package-store.js';
import { defineJobKind } from '../kind.js';

/**
 * Hourly: deletes access packages whose download links have all expired or been revoked
 * (src/dsr/package/package-store.ts). A package is personal data at rest; it lives no longer than
 * the person can still fetch it.
 */
export const dsrPackagePurge = defineJobKind({
  name: 'dsr.package-purge',
  summary: 'delete access packages whose download links have expired',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  policy: { retryLimit: 2, retryDelaySeconds: 300, retryBackoff: false, expireInSeconds: 600 },
  schedule: { cron: '17 * * * *', payload: {} },
  async run(payload, ctx) {
    const now = payload.at ? new Date(payload.at) : new Date();
    const purged = await ctx.complete((tx) => purgeExpiredPackages(tx, now));
    if (purged > 0) ctx.log.info('expired access packages deleted', { purged });
  },
});
