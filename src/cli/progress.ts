import type { CliIO } from './command.js';

/**
 * Progress of a long operation (seeding, sweeps, scans) on stderr, so stdout stays clean for results.
 * On a terminal a bar is redrawn in place; elsewhere (CI logs, pipes) a line is written at each tenth
 * of the work, so logs stay short. With `--json` nothing is written: the caller's one JSON document
 * is all the output there is.
 *
 * @example
 *   const progress = createProgress(ctx.io, { json: ctx.json });
 *   progress.start('customers', 100_000);
 *   progress.update(20_000);
 *   progress.done('100,000 customers in 12.3 s');
 */
export interface Progress {
  /** Begins a phase: `total` units of `unit` (omit for a phase without a measure, e.g. building indexes). */
  start(unit: string, total?: number, label?: string): void;
  /** `done` of the phase's total units are finished. */
  update(done: number): void;
  /** Ends the output with a closing line (on a terminal, replacing the bar). */
  done(message?: string): void;
}

export interface ProgressOptions {
  /** `--json`: write nothing. */
  json: boolean;
  /** Redraw in place; defaults to whether stderr is a terminal. */
  interactive?: boolean;
  /** Milliseconds clock, for the rate and the time left. */
  now?: () => number;
  /** Bar width in characters. */
  width?: number;
}

const silent: Progress = { start() {}, update() {}, done() {} };

export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  if (options.json) return silent;
  const interactive = options.interactive ?? (process.stderr.isTTY === true && io.env.TERM !== 'dumb');
  const now = options.now ?? Date.now;
  const width = options.width ?? 30;
  let unit = '';
  let label = '';
  let total: number | undefined;
  let startedAt = now();
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;

  const fmt = (n: number) => n.toLocaleString('en-US');
  const line = (done: number): string => {
    const elapsed = (now() - startedAt) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const rateText = rate > 0 ? `, ${fmt(Math.round(rate))} ${unit}/s` : '';
    if (total === undefined || total === 0) return `${label}: ${fmt(done)} ${unit}${rateText}`;
    const share = Math.min(1, done / total);
    const left = rate > 0 && done < total ? `, ${Math.ceil((total - done) / rate)} s left` : '';
    const bar = interactive ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ` : '';
    return `${label}: ${bar}${Math.floor(share * 100)}% (${fmt(done)}/${fmt(total)} ${unit}${rateText}${left})`;
  };
  const clear = () => {
    if (interactive && drawn) io.stderr('\r\x1b[2K');
    drawn = false;
  };

  return {
    start(newUnit, newTotal, newLabel) {
      clear();
      unit = newUnit;
      total = newTotal;
      label = newLabel ?? newUnit;
      startedAt = now();
      lastTenth = -1;
      lastDraw = startedAt;
      if (!interactive) io.stderr(`${label}${total !== undefined ? `: 0/${fmt(total)} ${unit}` : ' …'}\n`);
      else {
        io.stderr(`\r\x1b[2K${total !== undefined ? line(0) : `${label} …`}`);
        drawn = true;
      }
    },
    update(done) {
      if (interactive) {
        // A terminal redraw costs little, but thousands a second still flicker; ten a second is enough.
        const t = now();
        if (t - lastDraw < 100 && done !== total) return;
        lastDraw = t;
        io.stderr(`\r\x1b[2K${line(done)}`);
        drawn = true;
        return;
      }
      if (total === undefined || total === 0) return;
      const tenth = Math.floor((Math.min(done, total) / total) * 10);
      if (tenth > lastTenth && tenth > 0) {
        lastTenth = tenth;
        io.stderr(`${line(done)}\n`);
      }
    },
    done(message) {
      clear();
      if (message) io.stderr(`${message}\n`);
    },
  };
}
