import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

/** What one in-process CLI run printed and returned. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CaptureOptions {
  /** Working directory the command resolves relative paths against; defaults to the test process's. */
  cwd?: string;
  /** The command's whole environment: not merged with process.env, so tests see only what they set. */
  env?: NodeJS.ProcessEnv;
  /** Text piped on stdin, or a stream to hand over as is; without it stdin is an empty stream. */
  stdin?: string | NodeJS.ReadableStream;
}

function stdinFrom(stdin: CaptureOptions['stdin']): NodeJS.ReadableStream {
  if (stdin === undefined) return Readable.from([]);
  return typeof stdin === 'string' ? Readable.from([stdin]) : stdin;
}

/**
 * Runs the CLI in-process through `runCli` and captures stdout and stderr, so a test can assert on
 * the exit code and the printed text the way a user would see them.
 *
 * @example
 * const { code, stdout } = await runCliCaptured(['policy', 'lint', 'policy.yaml'], { cwd: dir });
 * expect(code).toBe(0);
 */
export async function runCliCaptured(argv: string[], options: CaptureOptions = {}): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: stdinFrom(options.stdin),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
