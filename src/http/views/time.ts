/**
 * A timestamp as people in the console read it: date and time to the minute, in UTC and saying so,
 * since staff and server may sit in different time zones.
 *
 * @example
 *   formatTime(new Date('2026-01-31T10:05:09Z')); // '2026-01-31 10:05 UTC'
 */
export function formatTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
