import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { mailerFor } from '../mail/mailer.js';
import type { Policy } from '../policy/schema.js';
import type { LegalHold } from './holds.js';

/**
 * Tells the DPO that legal holds have expired: from the next sweep on, their data is due like any
 * other, so a renewed order must be recorded before then. Every expiry is already in the audit log
 * (`retention.hold_expired`) and on the console's Retention page; this adds a mail when mail is set
 * up. The mail names the order (reference, authority, dates), never the person it was about.
 */
export type ExpiredHoldNotifier = (holds: LegalHold[]) => Promise<void>;

/** The mail's text: one paragraph per hold. */
export function expiredHoldsText(holds: readonly LegalHold[]): string {
  const lines = holds.map(
    (h) =>
      `- ${h.reference} (${h.authority}), issued ${h.issuedOn}, expired after ${h.expiresOn}; hold ${h.id}` +
      (h.collection ? `, collection ${h.system}.${h.collection}` : '') +
      (h.identityKind ? `, one person by ${h.identityKind}` : ''),
  );
  return [
    `${holds.length === 1 ? 'A legal hold has' : `${holds.length} legal holds have`} expired:`,
    '',
    ...lines,
    '',
    'The data these holds kept is due at the next retention sweep. If an order was renewed, record it',
    'as a new hold before then (grondslag hold add, or the Retention page of the console); otherwise',
    'release the hold to close it.',
  ].join('\n');
}

/**
 * @example
 *   const notify = expiredHoldNotifier(config, policy, log);
 *   await sweepRetention(deps, { at, actor: 'system:retention', notifyExpired: notify });
 */
export function expiredHoldNotifier(
  config: Pick<Config, 'mail'>,
  policy: Policy,
  log?: Logger,
): ExpiredHoldNotifier {
  return async (holds) => {
    if (holds.length === 0) return;
    log?.warn('legal holds expired', { holds: holds.map((h) => h.id) });
    const mailer = mailerFor(config);
    if (!mailer) return;
    const to = policy.dpo === 'unstated' ? policy.controller.email : policy.dpo.email;
    try {
      await mailer.send({
        to,
        subject: `Grondslag: ${holds.length} legal hold(s) expired`,
        text: expiredHoldsText(holds),
      });
    } catch (e) {
      // The expiry is recorded either way; a mail server that is down must not stop the sweep.
      log?.error('could not mail the DPO about expired legal holds', {
        error: e instanceof Error ? e.message : String(e),
      });
    } finally {
      mailer.close();
    }
  };
}
