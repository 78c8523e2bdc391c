import { resolve } from 'node:path';
import { type LoadedDatamap, loadDatamapFile } from '../datamap/load.js';
import { GrondslagError } from '../errors.js';
import type { YamlSource } from '../yaml/source.js';
import type { CommandContext } from './command.js';

/**
 * The data map a command works on: `file` (a FILE argument), else the configuration's `datamap`
 * (the built-in demo's is examples/cloudaware/datamap.yaml).
 *
 * @example
 *   const { datamap, path } = await datamapFromArgs(ctx, ctx.positionals[0]);
 */
export async function datamapFromArgs(
  ctx: CommandContext,
  file: string | undefined,
): Promise<{ path: string } & LoadedDatamap & { source: YamlSource }> {
  const path = file !== undefined ? resolve(ctx.io.cwd, file) : (await ctx.config()).datamapPath;
  if (path === undefined) {
    throw new GrondslagError(
      'DATAMAP_NOT_CONFIGURED',
      'no data map: name the file, or set `datamap:` in the configuration file',
    );
  }
  return { path, ...(await loadDatamapFile(path, file ?? path)) };
}
