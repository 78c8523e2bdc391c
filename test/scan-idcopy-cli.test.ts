import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';
import { renderIdCard } from './helpers/id-specimen.js';
import { onePagePdf } from './helpers/pdf-writer.js';

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-idcopy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[]) {
  return runCliCaptured(argv, { cwd: scratch });
}

function scratchFile(name: string, bytes: Buffer | string): string {
  writeFileSync(join(scratch, name), bytes);
  return name;
}

describe('grondslag scan idcopy', () => {
  it('exits 1 and names what is readable on an unmasked card', async () => {
    const { code, stdout } = await cli(['scan', 'idcopy', scratchFile('kopie.png', renderIdCard())]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^kopie\.png: still readable: BSN, MRZ, document number, photo \(ocr\)/);
    expect(stdout).not.toContain('999999990');
  });

  it('exits 0 on a properly masked card and prints one JSON document with --json', async () => {
    const masked = renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } });
    const { code, stdout } = await cli(['scan', 'idcopy', scratchFile('gemaskeerd.png', masked), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      file: 'gemaskeerd.png',
      ok: true,
      method: 'ocr',
      readable: { bsn: false, photo: false },
    });
  });

  it('exits 1 for a PDF whose BSN is only covered by a drawn box', async () => {
    const pdf = onePagePdf({ lines: ['Persoonsnummer 999999990'], boxes: [[55, 755, 250, 24]] });
    const { code, stdout } = await cli(['scan', 'idcopy', scratchFile('kopie.pdf', pdf), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ method: 'text-layer', readable: { bsn: true } });
  });

  it('exits 2 with a clear message for a missing, unsupported or damaged file', async () => {
    const missing = await cli(['scan', 'idcopy', 'bestaat-niet.png']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestaat-niet.png: no such file');
    const gif = await cli(['scan', 'idcopy', scratchFile('kopie.gif', 'GIF89a\x01\x00'), '--json']);
    expect(gif.code).toBe(2);
    expect(JSON.parse(gif.stdout).error.code).toBe('IDCOPY_UNSUPPORTED_TYPE');
    const broken = await cli(['scan', 'idcopy', scratchFile('kapot.png', renderIdCard().subarray(0, 2000))]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/IDCOPY_UNREADABLE/);
  });
});

describe('grondslag scan idcopy (process)', () => {
  it('exits when done and leaves nothing behind: the OCR worker ends and no language data is cached', () => {
    if (!existsSync('dist/pii/idcopy/check.js')) {
      throw new Error('this test runs bin/grondslag.js, which needs the build: run `npm run build` first');
    }
    const dir = mkdtempSync(join(scratch, 'process-'));
    writeFileSync(
      join(dir, 'kopie.png'),
      renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } }),
    );
    const run = spawnSync(
      process.execPath,
      [join(process.cwd(), 'bin/grondslag.js'), 'scan', 'idcopy', 'kopie.png'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kopie\.png: ok/);
    expect(readdirSync(dir)).toEqual(['kopie.png']);
  });
});
