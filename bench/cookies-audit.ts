/**
 * `npm run bench -- cookies-audit [options]`: how long the cookie audit takes per page, against plain
 * Chromium page loads of the same pages in the same run.
 *
 * A local site on 127.0.0.1 (bench/lib/cookie-site.ts: linked pages setting cookies by header and by
 * script, a third-party port with an analytics script and pixel, a consent banner) is audited with
 * `auditSite` — both passes, classification and verdict against the demo policy — following every
 * page. The baseline loads the same page URLs, as many times as the audit visited them (once per
 * pass), in the same Chromium with the same flags and a fresh profile per pass, but with no
 * instrumentation, no network recording, no settle wait and no consent click. The difference is what
 * the audit's recording and waiting cost; of it, the audit waits at least `settleMs` of network quiet
 * after every page load on purpose (scripts that set cookies late), so that part is a floor set by
 * the option, not by the browser.
 *
 * Each figure is the median of `--runs` runs.
 *
 * Options: --pages 10,25 (site sizes)  --runs N (default 3)  --settle-ms N (the audit's quiet time,
 *          default 500 as in the CLI)  --out FILE (default bench/results/cookies-audit.json; a .md beside it)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { auditSite, CHROMIUM_PATH, chromiumArgs } from '../src/cookies/audit.js';
import { demoPolicyPath, packageRoot } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { startBenchSite } from './lib/cookie-site.js';
import { markdownTable, median } from './lib/stats.js';

interface Row {
  sitePages: number;
  method: 'audit (both passes)' | 'plain Chromium loads';
  /** Page loads per run: the audit's visits over both passes, and the baseline loads the same number. */
  pagesVisited: number;
  runsSeconds: number[];
  medianSeconds: number;
  secondsPerPage: number;
  /** Audit only: cookies and findings of the last run, to show the audit saw what the site sets. */
  cookies?: number;
  findings?: number;
}

/** Loads each pass's pages in a fresh profile, without any recording: the browser's own cost. */
async function plainLoads(passes: string[][]): Promise<void> {
  for (const urls of passes) {
    const profile = await mkdtemp(join(tmpdir(), 'grondslag-bench-plain-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs,
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const url of urls) await page.goto(url, { waitUntil: 'load' });
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pages: { type: 'string', default: '10,25' },
      runs: { type: 'string', default: '3' },
      'settle-ms': { type: 'string', default: '500' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/cookies-audit.json') },
    },
  });
  const sizes = values.pages.split(',').map(Number);
  const runs = Number(values.runs);
  const settleMs = Number(values['settle-ms']);
  const policy = await loadPolicyFile(demoPolicyPath);
  const rows: Row[] = [];
  for (const size of sizes) {
    const site = await startBenchSite(size);
    try {
      const auditTimes: number[] = [];
      const plainTimes: number[] = [];
      let visited: string[][] = [];
      let cookies = 0;
      let findings = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const report = await auditSite(site.home, policy, { maxPages: size - 1, settleMs });
        auditTimes.push((performance.now() - started) / 1000);
        visited = report.passes.map((p) => p.pages.map((v) => v.url));
        const failed = report.passes.flatMap((p) => p.pages).filter((v) => v.error);
        if (failed.length > 0)
          throw new Error(`the audit could not load ${failed[0]?.url}: ${failed[0]?.error}`);
        cookies = report.cookies.length;
        findings = report.findings.length;
        // Interleaved with the audit runs, so both see the same machine load.
        const plainStarted = performance.now();
        await plainLoads(visited);
        plainTimes.push((performance.now() - plainStarted) / 1000);
        process.stderr.write(
          `${size} pages, run ${run + 1}: audit ${auditTimes.at(-1)?.toFixed(2)} s, plain ${plainTimes.at(-1)?.toFixed(2)} s\n`,
        );
      }
      const pagesVisited = visited.flat().length;
      const row = (method: Row['method'], times: number[]): Row => ({
        sitePages: size,
        method,
        pagesVisited,
        runsSeconds: times.map((t) => round(t)),
        medianSeconds: round(median(times)),
        secondsPerPage: round(median(times) / pagesVisited),
      });
      rows.push({ ...row('audit (both passes)', auditTimes), cookies, findings });
      rows.push(row('plain Chromium loads', plainTimes));
    } finally {
      await site.close();
    }
  }
  const baselineOf = (r: Row) =>
    rows.find((b) => b.sitePages === r.sitePages && b.method === 'plain Chromium loads');
  const table = markdownTable(
    ['Site pages', 'Method', 'Pages visited', 'Total s', 's/page', '× plain', 'Cookies', 'Findings'],
    rows.map((r) => {
      const base = baselineOf(r);
      return [
        String(r.sitePages),
        r.method,
        String(r.pagesVisited),
        r.medianSeconds.toFixed(2),
        r.secondsPerPage.toFixed(3),
        base ? (r.medianSeconds / base.medianSeconds).toFixed(1) : '–',
        r.cookies === undefined ? '–' : String(r.cookies),
        r.findings === undefined ? '–' : String(r.findings),
      ];
    }),
  );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, Node ${process.version}`;
  const out = { date: new Date().toISOString(), machine, options: { sizes, runs, settleMs }, rows };
  process.stdout.write(`\nCookie audit per page, median of ${runs} runs (${machine})\n\n${table}\n`);
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(
    values.out.replace(/\.json$/, '.md'),
    `# Cookie audit time per page\n\n${out.date}; ${machine}; median of ${runs} runs; the audit waits ${settleMs} ms of network quiet after each page load. "Pages visited" counts both passes; the plain baseline loads the same URLs as often, in the same Chromium, without instrumentation.\n\n${table}\n`,
  );
}
