import type { ClockAlert } from './clock-check.js';
import { formatRemaining } from './clocks.js';
import { formatLocal } from './local-time.js';

/**
 * The DPOs' alert mail: ids and times only — a mailbox is no place for what the breach was about.
 *
 * @example
 *   clockAlertMail([{ breachId: 'br_1', clock: 'gdpr-72h', threshold: 'overdue', … }], now).subject;
 *   // 'Breach notification OVERDUE: 1 clock'
 */
export function clockAlertMail(alerts: readonly ClockAlert[], now: Date): { subject: string; text: string } {
  const overdue = alerts.filter((a) => a.threshold === 'overdue').length;
  const n = alerts.length;
  const subject =
    overdue > 0
      ? `Breach notification OVERDUE: ${overdue} clock${overdue === 1 ? '' : 's'}`
      : `Breach notification due within 6 hours: ${n} clock${n === 1 ? '' : 's'}`;
  const lines = alerts.map(
    (a) =>
      `- ${a.breachId} ${a.clock}: due ${formatLocal(a.dueAt)} (${a.dueAt.toISOString().slice(0, 16)}Z), ` +
      `${a.threshold === 'overdue' ? 'overdue by' : 'remaining'} ${formatRemaining(Math.abs(a.remainingMinutes))}`,
  );
  const text = [
    `As of ${formatLocal(now)}:`,
    ...lines,
    '',
    'Notify the Autoriteit Persoonsgegevens and record the notice: grondslag breach notice ID --to authority, or the Breaches page.',
    '',
  ].join('\n');
  return { subject, text };
}
