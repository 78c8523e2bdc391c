/**
 * Drops entries from a (ustar) tar archive by name. PGlite's data-directory dump includes every file
 * in the directory, so the embedded demo's `secret.key` would travel inside a backup; the backup
 * removes it with this rather than trusting whoever stores the file.
 *
 * @example
 *   const kept = filterTar(tarBytes, (name) => !name.endsWith('secret.key'));
 */
export function filterTar(tar: Uint8Array, keep: (name: string) => boolean): Buffer {
  const input = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  while (at + 512 <= input.length) {
    const header = input.subarray(at, at + 512);
    // Two zero blocks end the archive.
    if (header.every((b) => b === 0)) break;
    const field = (from: number, len: number) =>
      header
        .subarray(from, from + len)
        .toString('latin1')
        .replace(/\0.*$/s, '');
    const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? field(345, 155) : '';
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const total = 512 + Math.ceil(size / 512) * 512;
    if (keep(name)) parts.push(input.subarray(at, at + total));
    at += total;
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
