import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';
import { htmlProblems } from './helpers/html-balance.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const example = 'examples/cloudaware/policy.yaml';
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-render-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[], cwd = repoRoot) {
  return runCliCaptured(argv, { cwd });
}

describe('grondslag policy render', () => {
  it("prints Markdown in the policy's first language by default", async () => {
    const { code, stdout, stderr } = await cli(['policy', 'render', example]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('+++\ntitle = "Privacybeleid"')).toBe(true);
    expect(stdout).toContain('binnen vier weken');
  });

  it('renders the demo policy when no file is given', async () => {
    const { code, stdout } = await cli(['policy', 'render', '--lang', 'en'], scratch);
    expect(code).toBe(0);
    expect(stdout).toContain('title = "Privacy statement"');
    expect(stdout).toContain('within four weeks');
  });

  it('prints a standalone HTML page with --format html', async () => {
    const { code, stdout } = await cli(['policy', 'render', example, '--lang', 'en', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain('<html lang="en">');
    expect(htmlProblems(stdout)).toEqual([]);
  });

  it('writes the statement to --out and says so', async () => {
    const out = join(scratch, 'privacy.html');
    const { code, stdout } = await cli(['policy', 'render', example, '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('<html lang="nl">');
    expect(written).toContain('Bezuidenhoutseweg 98');
  });

  it('resolves --out against the working directory and reports it as JSON with --json', async () => {
    const { code, stdout } = await cli(
      ['policy', 'render', join(repoRoot, example), '--out', 'statement.md', '--json'],
      scratch,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: join(scratch, 'statement.md'), language: 'nl', format: 'md' });
    expect(readFileSync(join(scratch, 'statement.md'), 'utf8')).toContain('Privacybeleid');
  });

  it('prints one JSON document holding the statement with --json and no --out', async () => {
    const { code, stdout } = await cli(['policy', 'render', example, '--lang', 'en', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.language).toBe('en');
    expect(report.statement).toContain('Data Protection Officer');
  });

  it('exits 2 for a language the policy is not published in, and writes nothing', async () => {
    const out = join(scratch, 'de.md');
    const { code, stdout, stderr } = await cli(['policy', 'render', example, '--lang', 'de', '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('RENDER_UNKNOWN_LANGUAGE');
    expect(stderr).toContain('nl, en');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for an unknown format', async () => {
    const { code, stderr } = await cli(['policy', 'render', example, '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('RENDER_UNKNOWN_FORMAT');
    expect(stderr).toContain('md or html');
  });

  it('exits 2 with file:line:col for a broken policy', async () => {
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(
      broken,
      readFileSync(join(repoRoot, example), 'utf8').replace(
        'responseDeadline: P4W',
        'responseDeadline: soon',
      ),
    );
    const { code, stderr } = await cli(['policy', 'render', broken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.yaml:\d+:\d+/);
  });
});
