/**
 * Runs one `grondslag` command from source in a process of its own, for benchmarks that measure a
 * command's memory: prints `maxrss=<kB>` on stderr at the end (the process's peak resident set).
 *
 * @example
 *   spawnSync(process.execPath, ['--import', 'tsx', 'bench/lib/run-cli.ts', 'restriction', 'filter', …]);
 */
import { runCli } from '../../src/cli/main.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
