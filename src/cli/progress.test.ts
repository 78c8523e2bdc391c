import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './command.js';
import { createProgress } from './progress.js';

function captured(): { io: CliIO; err: () => string; out: () => string } {
  let err = '';
  let out = '';
  return {
    io: {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      stdin: Readable.from([]),
      cwd: '/',
      env: {},
    },
    err: () => err,
    out: () => out,
  };
}

/** A clock the test moves by hand. */
function clock(start = 0) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('progress on stderr', () => {
  it('writes nothing at all with --json', () => {
    const c = captured();
    const p = createProgress(c.io, { json: true, interactive: true });
    p.start('customers', 100);
    p.update(50);
    p.done('finished');
    expect(c.err()).toBe('');
    expect(c.out()).toBe('');
  });

  it('in a log (not a terminal) writes one line per tenth of the work, with the rate', () => {
    const c = captured();
    const t = clock();
    const p = createProgress(c.io, { json: false, interactive: false, now: t.now });
    p.start('customers', 1000, 'rows');
    for (let done = 50; done <= 1000; done += 50) {
      t.advance(100);
      p.update(done);
    }
    p.done('1,000 customers');
    const lines = c.err().trimEnd().split('\n');
    expect(lines[0]).toBe('rows: 0/1,000 customers');
    expect(lines.slice(1, -1)).toHaveLength(10);
    expect(lines[1]).toBe('rows: 10% (100/1,000 customers, 500 customers/s, 2 s left)');
    expect(lines[10]).toBe('rows: 100% (1,000/1,000 customers, 500 customers/s)');
    expect(lines.at(-1)).toBe('1,000 customers');
    expect(c.err()).not.toContain('\r');
    expect(c.out()).toBe('');
  });

  it('on a terminal redraws one bar in place, at most ten times a second, and clears it at the end', () => {
    const c = captured();
    const t = clock();
    const p = createProgress(c.io, { json: false, interactive: true, now: t.now, width: 10 });
    p.start('customers', 100, 'rows');
    t.advance(200);
    p.update(10);
    p.update(20); // within 100 ms of the last drawing: skipped
    t.advance(300);
    p.update(50);
    t.advance(500);
    p.update(100);
    p.done();
    const frames = c
      .err()
      .split('\r\x1b[2K')
      .filter((f) => f !== '');
    expect(frames).toEqual([
      'rows: [..........] 0% (0/100 customers)',
      'rows: [#.........] 10% (10/100 customers, 50 customers/s, 2 s left)',
      'rows: [#####.....] 50% (50/100 customers, 100 customers/s, 1 s left)',
      'rows: [##########] 100% (100/100 customers, 100 customers/s)',
    ]);
    expect(c.err().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('announces a phase without a measure, and a count without a total', () => {
    const c = captured();
    const p = createProgress(c.io, { json: false, interactive: false, now: clock().now });
    p.start('keys', undefined, 'foreign keys and indexes');
    p.update(3);
    expect(c.err()).toBe('foreign keys and indexes …\n');
  });
});
