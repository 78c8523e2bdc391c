import { resolve } from 'node:path';
import { type LoadedPolicy, loadPolicyFile } from '../policy/load.js';
import type { CommandContext } from './command.js';

/** The policy a command works on: the FILE argument, else the configuration's policy (default: the demo). */
export async function policyFromArgs(ctx: CommandContext): Promise<{ path: string } & LoadedPolicy> {
  const arg = ctx.positionals[0];
  const path = arg !== undefined ? resolve(ctx.io.cwd, arg) : (await ctx.config()).policyPath;
  return { path, ...(await loadPolicyFile(path, arg ?? path)) };
}
