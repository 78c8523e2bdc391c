import type { Config } from '../config.js';
import { GrondslagError, isGrondslagError } from '../errors.js';

/**
 * One CLI verb. Commands are small: parse options, call one domain function, shape the output.
 * They never call process.exit; they return an exit code (see ExitCode).
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The exit-code contract other tools rely on (docs/product.md). */
export const ExitCode = {
  ok: 0,
  /** The check ran and found problems. */
  findings: 1,
  /** Unusable input: bad arguments, a malformed file. */
  input: 2,
  /** A fault in Grondslag itself or its environment (database unreachable, bug). */
  internal: 3,
} as const;

export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
};

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** `--json`: one JSON document on stdout and nothing else there. */
  json: boolean;
  io: CliIO;
  /** Loads the configuration named by `--config` (or the default); cached per invocation. */
  config: () => Promise<Config>;
}

export interface Command {
  /** Words that select the command, e.g. ['policy', 'lint']. */
  name: string[];
  summary: string;
  /** Usage line after the command name, e.g. '[FILE] [--json]'. */
  usage: string;
  options?: Record<string, OptionSpec>;
  /** Bounds on positional arguments. */
  positionals?: { min?: number; max?: number };
  run(ctx: CommandContext): Promise<number>;
}

/** Writes one JSON document followed by a newline. */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs `fn`, reporting a conflict with the state of what was asked — a move the request's state
 * does not allow, an entry already lifted, a request not executed yet — as unusable input (exit 2).
 * Call it around the domain action only: a conflict of the installation itself (the data
 * directory in use) arises outside it and stays exit 3.
 */
export async function stateConflictAsInput<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isGrondslagError(e) && e.kind === 'conflict') {
      throw new GrondslagError(e.code, e.message, { kind: 'input', details: e.details });
    }
    throw e;
  }
}
