import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type LogFile, TEMP_PREFIX } from './files.js';

/**
 * Streaming reads and atomic rewrites of (possibly gzipped) log files, one line at a time, so memory
 * stays constant whatever the file size.
 */

/** The lines of `file`, decompressed. */
export async function* readLines(file: LogFile): AsyncGenerator<string> {
  const raw = createReadStream(file.path);
  const input: Readable = file.gzip ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (e) => input.destroy(e));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    raw.destroy();
  }
}

/** What an edit does with a line: keep it, drop it, or replace it with new text. */
export type LineEdit = { drop: true } | { replace: string } | undefined;

export interface RewriteResult {
  dropped: number;
  replaced: number;
  kept: number;
}

/**
 * Passes every line of `file` through `edit` into a temporary file beside it (gzipped again when the
 * original was), then renames it over the original: a reader sees the old file or the new one, never
 * half of either, and a crash leaves the original untouched. When no line changes, the original is
 * not touched at all.
 *
 * A web server appending to the live file keeps its descriptor on the old inode; rewrite the live
 * file right after rotation, or tell the server to reopen its logs (`nginx -s reopen`).
 */
export async function rewriteFile(
  file: LogFile,
  edit: (line: string) => LineEdit | Promise<LineEdit>,
): Promise<RewriteResult> {
  const result: RewriteResult = { dropped: 0, replaced: 0, kept: 0 };
  const temp = join(
    dirname(file.path),
    `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(file.path)}.tmp`,
  );
  const { mode } = await stat(file.path);
  async function* edited() {
    for await (const line of readLines(file)) {
      const e = await edit(line);
      if (e && 'drop' in e) {
        result.dropped++;
        continue;
      }
      if (e && 'replace' in e && e.replace !== line) {
        result.replaced++;
        yield `${e.replace}\n`;
        continue;
      }
      result.kept++;
      yield `${line}\n`;
    }
  }
  try {
    const out = createWriteStream(temp, { mode });
    if (file.gzip) await pipeline(edited(), createGzip(), out);
    else await pipeline(edited(), out);
    if (result.dropped === 0 && result.replaced === 0) {
      await unlink(temp);
      return result;
    }
    await chmod(temp, mode);
    await rename(temp, file.path);
    return result;
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
}
