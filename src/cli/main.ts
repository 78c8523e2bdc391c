import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.js';
import { GrondslagError, isGrondslagError } from '../errors.js';
import { type CliIO, type Command, type CommandContext, ExitCode, type OptionSpec } from './command.js';
import { commands } from './registry.js';

const globalOptions: Record<string, OptionSpec> = {
  config: {
    type: 'string',
    description: 'configuration file (default ./grondslag.config.yaml, then the CloudAware demo)',
  },
  json: { type: 'boolean', description: 'print one JSON document on stdout and nothing else there' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
};

/**
 * Values that start with a dash — a key id such as `-5Xk…` (base64url), a negative number after
 * `--months` — would be read as unknown options. Such a token is passed through parseArgs under a
 * placeholder when it is an option's value or the command takes arguments, and put back after.
 * A single known short option (`-h`) stays an option; `--name` always does.
 */
function shieldDashValues(
  rest: string[],
  options: Record<string, OptionSpec>,
  takesArguments: boolean,
): { args: string[]; restore: (p: ReturnType<typeof parseArgs>) => ReturnType<typeof parseArgs> } {
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short ? [o.short] : [])));
  const takesValue = (t: string | undefined) =>
    t?.startsWith('--') === true && options[t.slice(2).split('=')[0]!]?.type === 'string' && !t.includes('=');
  const held = new Map<string, string>();
  const args = rest.map((t, i) => {
    const dashValue = /^-[^-]/.test(t) && !(t.length === 2 && shorts.has(t[1]!));
    if (!dashValue || !(takesArguments || takesValue(rest[i - 1]))) return t;
    const placeholder = `\u0000arg${i}`;
    held.set(placeholder, t);
    return placeholder;
  });
  const back = (v: unknown) => (typeof v === 'string' ? (held.get(v) ?? v) : v);
  return {
    args,
    restore: (p) => ({
      ...p,
      positionals: p.positionals.map((v) => back(v) as string),
      values: Object.fromEntries(
        Object.entries(p.values).map(([k, v]) => [k, Array.isArray(v) ? v.map(back) : back(v)]),
      ) as typeof p.values,
    }),
  };
}

function findCommand(argv: string[]): { command?: Command; rest: string[] } {
  let best: Command | undefined;
  for (const c of commands) {
    if (c.name.every((w, i) => argv[i] === w) && (!best || c.name.length > best.name.length)) best = c;
  }
  return { command: best, rest: best ? argv.slice(best.name.length) : argv };
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' VALUE' : ''}`;
    return `  ${flag.padEnd(28)} ${o.description}`;
  });
}

export function helpText(command?: Command, prefix: string[] = []): string {
  if (command) {
    return [
      `Usage: grondslag ${command.name.join(' ')} ${command.usage}`.trimEnd(),
      '',
      command.summary,
      '',
      'Options:',
      ...optionLines({ ...command.options, ...globalOptions }),
      '',
    ].join('\n');
  }
  const matching = commands.filter((c) => prefix.every((w, i) => c.name[i] === w));
  const list = (matching.length > 0 ? matching : commands).map(
    (c) => `  ${`${c.name.join(' ')} ${c.usage}`.padEnd(52)} ${c.summary}`,
  );
  return [
    'Usage: grondslag <command> [options]',
    '',
    'Commands:',
    ...list,
    '',
    'Global options:',
    ...optionLines(globalOptions),
    '',
  ].join('\n');
}

function reportError(e: unknown, json: boolean, io: CliIO): number {
  if (isGrondslagError(e)) {
    if (json) io.stdout(`${JSON.stringify({ error: e.toJSON() }, null, 2)}\n`);
    io.stderr(`grondslag: ${e.describe()}\n`);
    return e.kind === 'input' || e.kind === 'not_found' ? ExitCode.input : ExitCode.internal;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (json) io.stdout(`${JSON.stringify({ error: { code: 'INTERNAL', message } }, null, 2)}\n`);
  io.stderr(`grondslag: internal error: ${message}\n`);
  if (e instanceof Error && e.stack && io.env.GRONDSLAG_DEBUG) io.stderr(`${e.stack}\n`);
  return ExitCode.internal;
}

/**
 * Runs the CLI in-process and returns the exit code. Tests call this directly; `bin/grondslag.js`
 * calls `main()`, which wires it to the real process.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const { command, rest } = findCommand(argv);
  const wantsJson = rest.includes('--json');
  if (!command) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout(helpText());
      return ExitCode.ok;
    }
    const known = commands.some((c) => c.name[0] === argv[0]);
    const err = new GrondslagError(
      'CLI_UNKNOWN_COMMAND',
      `unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"`,
    );
    const code = reportError(err, wantsJson, io);
    if (!wantsJson) io.stderr(helpText(undefined, known ? [argv[0]!] : []));
    return code;
  }
  const options = { ...command.options, ...globalOptions };
  const { args, restore } = shieldDashValues(rest, options, (command.positionals?.max ?? 0) > 0);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = restore(parseArgs({ args, options, allowPositionals: true, strict: true }));
  } catch (e) {
    return reportError(
      new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        `${(e as Error).message}\nUsage: grondslag ${command.name.join(' ')} ${command.usage}`,
      ),
      wantsJson,
      io,
    );
  }
  const values = parsed.values as CommandContext['values'];
  if (values.help) {
    io.stdout(helpText(command));
    return ExitCode.ok;
  }
  const { min = 0, max = 0 } = command.positionals ?? {};
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    return reportError(
      new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        `expected ${min === max ? min : `${min} to ${max}`} argument(s), got ${parsed.positionals.length}\nUsage: grondslag ${command.name.join(' ')} ${command.usage}`,
      ),
      wantsJson,
      io,
    );
  }
  let config: Promise<Config> | undefined;
  const ctx: CommandContext = {
    values,
    positionals: parsed.positionals,
    json: values.json === true,
    io,
    config: () => {
      config ??= loadConfig({ path: values.config as string | undefined, env: io.env, cwd: io.cwd });
      return config;
    },
  };
  try {
    return await command.run(ctx);
  } catch (e) {
    return reportError(e, ctx.json, io);
  }
}

/** Entry point for the `grondslag` binary. */
export async function main(): Promise<void> {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await main();
