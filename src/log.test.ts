import { describe, expect, it } from 'vitest';
import { createLogger, logLevelFromEnv } from './log.js';

describe('logger', () => {
  const capture = (options: Parameters<typeof createLogger>[0] = {}) => {
    const lines: string[] = [];
    const log = createLogger({
      clock: () => new Date('2026-03-02T09:00:00Z'),
      ...options,
      write: (l) => lines.push(l),
    });
    return { log, lines };
  };

  it('writes one JSON object per line with time, level and message, dropping levels below the minimum', () => {
    const { log, lines } = capture({ level: 'info' });
    log.debug('hidden');
    log.info('request', { status: 200 });
    log.error('failed', { error: Object.assign(new Error('boom'), { code: 'X1' }) });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '2026-03-02T09:00:00.000Z', level: 'info', msg: 'request', status: 200 },
      {
        time: '2026-03-02T09:00:00.000Z',
        level: 'error',
        msg: 'failed',
        error: { name: 'Error', message: 'boom', code: 'X1' },
      },
    ]);
  });

  it('passes every entry through the redact hook before writing it', () => {
    const { log, lines } = capture({
      redact: (e) => ({ ...e, email: e.email === undefined ? undefined : '[redacted]' }),
    });
    log.child({ requestId: 'r1' }).warn('odd', { email: 'jan@example.nl' });
    expect(lines[0]).not.toContain('jan@example.nl');
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: 'r1', email: '[redacted]' });
  });

  it('reads the level from GRONDSLAG_LOG_LEVEL and ignores nonsense', () => {
    expect(logLevelFromEnv({ GRONDSLAG_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelFromEnv({ GRONDSLAG_LOG_LEVEL: 'loud' })).toBeUndefined();
  });
});
