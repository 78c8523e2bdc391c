/**
 * Benchmark dispatcher: `npm run bench` runs every benchmark, `npm run bench -- NAME [options]` one.
 * Benchmarks run from TypeScript source through tsx (package.json "bench"), so they always measure
 * the code in the working tree without a separate build.
 */
const benchmarks: Record<string, () => Promise<{ main(args: string[]): Promise<void> }>> = {
  pii: () => import('./pii.js'),
  'pii-cost': () => import('./pii-cost.js'),
  dsr: () => import('./dsr.js'),
  'person-rows': () => import('./person-rows.js'),
  retention: () => import('./retention.js'),
  'stats-ingest': () => import('./stats-ingest.js'),
  'cookies-audit': () => import('./cookies-audit.js'),
  'restriction-filter': () => import('./restriction-filter.js'),
};

const [name, ...args] = process.argv.slice(2);
if (name === '--help' || name === '-h') {
  process.stdout.write(
    `Usage: npm run bench [-- NAME [options]]\nBenchmarks: ${Object.keys(benchmarks).join(', ')}\n`,
  );
} else if (name !== undefined && !(name in benchmarks)) {
  process.stderr.write(`unknown benchmark "${name}" (known: ${Object.keys(benchmarks).join(', ')})\n`);
  process.exitCode = 2;
} else {
  for (const [bench, load] of Object.entries(benchmarks)) {
    if (name !== undefined && bench !== name) continue;
    await (await load()).main(name === undefined ? [] : args);
  }
}
