import { GrondslagError } from '../errors.js';

/**
 * Times of a breach are reported by people in the Netherlands ("we noticed it Saturday at 23:30"), so
 * a time without an offset is read as Amsterdam wall-clock time; the register stores instants (UTC).
 */
export const BREACH_TIME_ZONE = 'Europe/Amsterdam';

/** Offset of `tz` from UTC at `instant`, in minutes (e.g. 60 for CET, 120 for CEST). */
function offsetMinutes(instant: Date, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Parses `2026-03-28 23:30` / `2026-03-28T23:30` as wall-clock time in `tz`, or an ISO 8601 instant
 * with `Z` or an offset as that instant. `field` names the input in the error.
 *
 * @example
 *   parseBreachTime('2026-03-28 23:30', 'awareAt').toISOString(); // '2026-03-28T22:30:00.000Z'
 */
export function parseBreachTime(text: string, field: string, tz: string = BREACH_TIME_ZONE): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) {
    throw new GrondslagError(
      'BREACH_INPUT_INVALID',
      `${field}: expected a time such as "2026-03-28 23:30" (Amsterdam time) or an ISO 8601 instant, got "${text}"`,
      { details: [{ path: field, message: 'not a time' }] },
    );
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  if (zone) {
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
    const at = new Date(iso);
    if (!Number.isNaN(at.getTime())) return at;
  }
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (!zone && !Number.isNaN(wall)) {
    // Two passes settle the offset on either side of a DST change; a wall time inside the spring gap
    // (02:00–03:00 on the last Sunday of March) lands an hour later, as clocks do.
    let at = wall - offsetMinutes(new Date(wall), tz) * 60_000;
    at = wall - offsetMinutes(new Date(at), tz) * 60_000;
    return new Date(at);
  }
  throw new GrondslagError('BREACH_INPUT_INVALID', `${field}: "${text}" is not a valid time`, {
    details: [{ path: field, message: 'not a valid time' }],
  });
}

/**
 * An instant as Amsterdam wall-clock time, to the minute, with its zone abbreviation.
 *
 * @example
 *   formatLocal(new Date('2026-03-29T22:30:00Z')); // '2026-03-30 00:30 CEST'
 */
export function formatLocal(at: Date, tz: string = BREACH_TIME_ZONE): string {
  const off = offsetMinutes(at, tz);
  const local = new Date(at.getTime() + off * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  const name = tz === BREACH_TIME_ZONE ? (off === 120 ? 'CEST' : 'CET') : tz;
  return `${local} ${name}`;
}
