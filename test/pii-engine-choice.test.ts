import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

/**
 * Which PII engine the CLI runs on is chosen once per process from GRONDSLAG_PII_ENGINE (auto, js,
 * native) and GRONDSLAG_PII_ADDON, so these tests start the real binary with each setting.
 */
const bin = join(packageRoot, 'bin/grondslag.js');
const built = existsSync(join(packageRoot, 'dist/pii/native/engine.js'));
const text = 'Klant Jan de Vries, BSN 111222333, mail jan.devries@example.nl, IBAN NL91ABNA0417164300\n';

function scan(env: Record<string, string>) {
  const { GRONDSLAG_PII_ENGINE: _engine, GRONDSLAG_PII_ADDON: _addon, ...inherited } = process.env;
  return spawnSync(process.execPath, [bin, 'scan', 'text', '--json'], {
    input: text,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}

describe.skipIf(!built)('choosing the PII engine', () => {
  it('the JavaScript engine and the default (the native scanner where built) give the same findings', () => {
    const js = scan({ GRONDSLAG_PII_ENGINE: 'js' });
    const auto = scan({});
    expect(js.status).toBe(1);
    expect(auto.status).toBe(1);
    expect(JSON.parse(auto.stdout)).toEqual(JSON.parse(js.stdout));
    expect(js.stdout).toContain('"bsn"');
  });

  it('an unknown engine name is a configuration error (exit 2) naming the variable', () => {
    const run = scan({ GRONDSLAG_PII_ENGINE: 'turbo' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PII_BAD_ENGINE');
    expect(run.stderr).toContain('GRONDSLAG_PII_ENGINE');
  });

  it('asking for the native engine where none is built is an error, not a quiet fallback', () => {
    const run = scan({
      GRONDSLAG_PII_ENGINE: 'native',
      GRONDSLAG_PII_ADDON: join(tmpdir(), 'no-such-addon.node'),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PII_NATIVE_UNAVAILABLE');
    expect(run.stderr).toContain('no-such-addon.node');
  });

  it('an addon that cannot be loaded leaves the default on the JavaScript engine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grondslag-addon-'));
    const broken = join(dir, 'broken.node');
    writeFileSync(broken, 'not a shared library');
    const fallback = scan({ GRONDSLAG_PII_ADDON: broken });
    const js = scan({ GRONDSLAG_PII_ENGINE: 'js' });
    expect(fallback.status).toBe(1);
    expect(JSON.parse(fallback.stdout)).toEqual(JSON.parse(js.stdout));
    const strict = scan({ GRONDSLAG_PII_ENGINE: 'native', GRONDSLAG_PII_ADDON: broken });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('could not be loaded');
  });
});
