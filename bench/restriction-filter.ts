/**
 * `npm run bench -- restriction-filter [options]`: a mailing list through `grondslag restriction
 * filter` against the straightforward way to honour the restriction list — asking `isRestricted`
 * once per row — in the same run, on the same embedded store and list.
 *
 * The store holds `--listed` entries (objections to direct marketing, each with an e-mail address and
 * a phone number); the list has `--rows` rows, every hundredth of them a listed person. Grondslag's
 * side is the whole command in a process of its own (opening the store, reading and writing the
 * CSV, one statement per 1,000 people), on the list and on a list a quarter as long, so that its
 * peak memory at two sizes shows whether it grows with the list (V8's old space capped at 128 MB,
 * so that a command keeping rows would fail rather than just grow); the baseline asks per row, on the
 * first `--baseline-rows` rows. Both must leave out exactly the same rows of those first rows.
 * Reported: rows per second for each, the ratio, and the command's peak RSS.
 *
 * Options: --rows N (default 200000)  --listed N (default 2000)  --baseline-rows N (default 5000)
 *          --out FILE (default bench/results/restriction-filter.json; a .md beside it)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { sealerFor } from '../src/crypto/master-key.js';
import { addRestriction, isRestricted } from '../src/dsr/restriction.js';
import { packageRoot } from '../src/paths.js';
import { openStore } from '../src/store/open.js';
import { markdownTable, ratio } from './lib/stats.js';

const email = (i: number) => `persoon${i}@example.org`;
const phone = (i: number) => `06${String(10_000_000 + i).slice(-8)}`;
/** Every hundredth person of the list is on the restriction list. */
const listedPerson = (k: number) => k * 100;

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '200000' },
      listed: { type: 'string', default: '2000' },
      'baseline-rows': { type: 'string', default: '5000' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/restriction-filter.json') },
    },
  });
  const rows = Number(values.rows);
  const listed = Number(values.listed);
  const baselineRows = Math.min(rows, Number(values['baseline-rows']));
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-bench-restriction-'));
  try {
    const configPath = join(dir, 'grondslag.config.yaml');
    writeFileSync(configPath, 'store:\n  dataDir: ./data\n');
    const config = await loadConfig({ path: configPath, env: {}, cwd: dir });
    const sealer = sealerFor(config, {});

    process.stdout.write(`restriction-filter benchmark — ${listed} entries, a list of ${rows} rows …\n`);
    const db = await openStore({ dataDir: config.store.dataDir });
    await db.transaction(async (tx) => {
      for (let k = 0; k < listed; k++) {
        const i = listedPerson(k);
        await addRestriction(
          tx,
          sealer,
          {
            scope: 'direct_marketing',
            purposes: [],
            reason: 'objection_direct_marketing',
            article: 'GDPR Art. 21(3)',
            identity: { email: email(i), phone: phone(i) },
          },
          new Date(),
        );
      }
    });
    const writeList = (path: string, n: number) => {
      const lines = ['naam;email;telefoon'];
      for (let i = 0; i < n; i++) lines.push(`Persoon ${i};${email(i)};${phone(i)}`);
      writeFileSync(path, `${lines.join('\n')}\n`);
    };
    const list = join(dir, 'list.csv');
    writeList(list, rows);
    const quarter = join(dir, 'quarter.csv');
    writeList(quarter, Math.round(rows / 4));

    // Baseline: one question per row, on the first rows.
    const t0 = performance.now();
    const keptByBaseline: number[] = [];
    for (let i = 0; i < baselineRows; i++) {
      const s = await isRestricted(
        db,
        sealer,
        { email: email(i), phone: phone(i) },
        { scope: 'direct_marketing' },
      );
      if (!s.restricted) keptByBaseline.push(i);
    }
    const baselineMs = performance.now() - t0;
    await db.close();

    // Grondslag: the whole command, in a process of its own (its peak memory is its own).
    // Its keys come from the data directory, as the entries were sealed: no GRONDSLAG_* from outside.
    const ownEnv = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('GRONDSLAG_')),
    );
    const command = (input: string, output: string) => {
      const t = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          // V8 grows its heap lazily when it may, so an uncapped peak says little about what is kept:
          // with old space capped, a command holding rows per list would fail on the long list.
          '--max-old-space-size=128',
          '--import',
          'tsx',
          join(packageRoot, 'bench/lib/run-cli.ts'),
          'restriction',
          'filter',
          input,
          '--out',
          output,
          '--scope',
          'direct_marketing',
          '--json',
          '--config',
          configPath,
        ],
        { cwd: packageRoot, encoding: 'utf8', env: ownEnv },
      );
      const ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`restriction filter failed: ${r.stderr}`);
      const maxRssMb = Number(/maxrss=(\d+)/.exec(r.stderr)![1]) / 1024;
      return { ms, maxRssMb };
    };
    const out = join(dir, 'clean.csv');
    const small = command(quarter, join(dir, 'quarter-clean.csv'));
    const whole = command(list, out);
    const commandMs = whole.ms;

    // Same work: of the first rows, both keep exactly the same people.
    const kept = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    const keptFirst = kept.map((l) => Number(/^Persoon (\d+);/.exec(l)![1])).filter((i) => i < baselineRows);
    if (JSON.stringify(keptFirst) !== JSON.stringify(keptByBaseline)) {
      throw new Error('restriction filter and the per-row baseline kept different rows');
    }
    const expectedKept = rows - Math.min(listed, Math.ceil(rows / 100));
    if (kept.length !== expectedKept) {
      throw new Error(`restriction filter kept ${kept.length} rows, expected ${expectedKept}`);
    }

    const commandRate = rows / (commandMs / 1000);
    const baselineRate = baselineRows / (baselineMs / 1000);
    const table = markdownTable(
      ['', 'rows', 'seconds', 'rows per second', 'peak RSS of the process (MB)'],
      [
        [
          '`grondslag restriction filter` (whole command, own process)',
          String(rows),
          (commandMs / 1000).toFixed(2),
          Math.round(commandRate).toLocaleString('en-US'),
          whole.maxRssMb.toFixed(0),
        ],
        [
          'the same on a list a quarter as long',
          String(Math.round(rows / 4)),
          (small.ms / 1000).toFixed(2),
          Math.round(Math.round(rows / 4) / (small.ms / 1000)).toLocaleString('en-US'),
          small.maxRssMb.toFixed(0),
        ],
        [
          'one `isRestricted` per row (baseline)',
          String(baselineRows),
          (baselineMs / 1000).toFixed(2),
          Math.round(baselineRate).toLocaleString('en-US'),
          '',
        ],
      ],
    );
    const load = loadavg().map((l) => l.toFixed(1));
    process.stdout.write(
      `\n${table}\n\nthe command is ${ratio(commandRate / baselineRate)}× the baseline's rows per second; load ${load.join(', ')} on ${cpus().length} CPUs\n`,
    );
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage: load },
      rows,
      listed,
      baselineRows,
      commandMs,
      baselineMs,
      peakRssMb: { [rows]: whole.maxRssMb, [Math.round(rows / 4)]: small.maxRssMb },
    };
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(values.out.replace(/\.json$/, '.md'), `${table}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
