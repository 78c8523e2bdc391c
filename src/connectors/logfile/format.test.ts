import { describe, expect, it } from 'vitest';
import { formatLogLine, formatLogTime, logRow, parseLogLine, parseLogTime } from './format.js';

const combined =
  '203.0.113.7 - jan [10/Oct/2025:13:55:36 +0200] "GET /zoek?q=\\"x\\" HTTP/1.1" 404 - "-" "Mozilla/5.0 \\x22nginx\\x22"';

describe('combined log format', () => {
  it('reads every field, with - as NULL, escapes undone and the time in UTC', () => {
    expect(logRow(parseLogLine(combined)!)).toEqual({
      remote_addr: '203.0.113.7',
      remote_user: 'jan',
      time: new Date('2025-10-10T11:55:36Z'),
      request: 'GET /zoek?q="x" HTTP/1.1',
      status: 404,
      bytes: null,
      referer: null,
      user_agent: 'Mozilla/5.0 "nginx"',
    });
  });

  it('reads the common format, which has no referer or user agent', () => {
    const row = logRow(parseLogLine('::1 - - [01/Jan/2025:00:00:00 -0100] "GET / HTTP/1.0" 200 12')!);
    expect(row).toMatchObject({
      remote_addr: '::1',
      remote_user: null,
      time: new Date('2025-01-01T01:00:00Z'),
    });
    expect(row.user_agent).toBeNull();
  });

  it('refuses lines in other formats and malformed times', () => {
    expect(parseLogLine('2025/01/12 10:00:00 [error] 12#12: open() failed')).toBeUndefined();
    expect(parseLogLine('')).toBeUndefined();
    expect(parseLogTime('10/Okt/2025:13:55:36 +0200')).toBeUndefined();
  });

  it('writes a line back unchanged, or with only the changed fields different', () => {
    const line = parseLogLine(combined)!;
    expect(formatLogLine(line)).toBe(combined);
    expect(formatLogLine(line, { remote_addr: '203.0.113.0', remote_user: null })).toBe(
      combined.replace('203.0.113.7 - jan', '203.0.113.0 - -'),
    );
    // A new value cannot break the line apart: quotes are escaped, spaces in the address replaced.
    const changed = formatLogLine(line, { user_agent: 'a "b"', remote_addr: 'x y' });
    expect(logRow(parseLogLine(changed)!)).toMatchObject({ user_agent: 'a "b"', remote_addr: 'x_y' });
  });

  it('writes times in UTC and reads them back', () => {
    const t = new Date('2025-03-04T05:06:07Z');
    expect(formatLogTime(t)).toBe('04/Mar/2025:05:06:07 +0000');
    expect(parseLogTime(formatLogTime(t))).toEqual(t);
  });
});
