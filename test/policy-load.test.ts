import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GrondslagError, isGrondslagError } from '../src/errors.js';
import { loadPolicyFile, parsePolicy } from '../src/policy/load.js';
import { policyFiles } from './helpers/policy-variants.js';

/**
 * Issue 2 promises that a malformed policy is refused with exit code 2 and a message that names
 * file:line:col. Each kind of mistake below is made in a copy of the CloudAware example, and the
 * expected position is found in the text as written, the way an editor would show it.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const example = readFileSync(policyFiles.example, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** 1-based line and column of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, { nth = 1, shift = 0 } = {}): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`test text lacks occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  const before = text.slice(0, index + shift);
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The example with one edit; fails loudly when the edit does not apply, so no case passes vacuously. */
function edited(find: string, replace: string): string {
  if (!example.includes(find)) throw new Error(`the example no longer contains ${JSON.stringify(find)}`);
  return example.replace(find, replace);
}

function parseError(text: string, file = 'policy.yaml'): GrondslagError {
  try {
    parsePolicy(text, file);
  } catch (e) {
    if (isGrondslagError(e)) return e;
    throw e;
  }
  throw new Error('the policy was accepted');
}

interface Case {
  kind: string;
  text: string;
  code: string;
  path?: string;
  where: { line: number; column: number };
  message: RegExp;
}

const cases: Case[] = (() => {
  const tab = edited('  author: Jeroen Hermans', '\tauthor: Jeroen Hermans');
  const period = edited('    period: P7Y', '    period: 3 months');
  const age = edited('  minimumAge: 16', '  minimumAge: "16"');
  const typo = edited('    legalBasis: legal_obligation', '    legalBaiss: legal_obligation');
  const category = edited(
    'categories: [name, address, email, bank_account]',
    'categories: [name, adress, email, bank_account]',
  );
  const rule = edited(
    'retention: [customer_data, telecom_traffic, webserver_logs]',
    'retention: [customer_data, telecom_trafic, webserver_logs]',
  );
  const duplicate = edited('  - id: service_contact', '  - id: payment');
  const translation = edited(
    'label: { nl: Telefoonnummer, en: Phone number }',
    'label: { nl: Telefoonnummer }',
  );
  return [
    {
      kind: 'bad YAML syntax (a tab)',
      text: tab,
      code: 'POLICY_YAML_SYNTAX',
      where: at(tab, '\tauthor'),
      message: /tab/i,
    },
    {
      kind: 'wrong type (period: 3 months)',
      text: period,
      code: 'POLICY_INVALID',
      path: 'retention[1].period',
      where: at(period, '3 months'),
      message: /ISO 8601 calendar duration.*got text "3 months"/,
    },
    {
      kind: 'wrong type (minimumAge: "16")',
      text: age,
      code: 'POLICY_INVALID',
      path: 'children.minimumAge',
      where: at(age, '"16"'),
      message: /expected a number, got text "16"/,
    },
    {
      kind: 'unknown key (legalBaiss)',
      text: typo,
      code: 'POLICY_UNKNOWN_KEY',
      path: 'activities[5].legalBaiss',
      where: at(typo, 'legalBaiss'),
      message: /unknown key "legalBaiss" \(did you mean "legalBasis"\?\)/,
    },
    {
      kind: 'dangling category reference',
      text: category,
      code: 'POLICY_DANGLING_REFERENCE',
      path: 'activities[0].categories[1]',
      where: at(category, 'adress'),
      message: /"adress" is not defined in categories/,
    },
    {
      kind: 'dangling retention reference',
      text: rule,
      code: 'POLICY_DANGLING_REFERENCE',
      path: 'activities[3].retention[1]',
      where: at(rule, 'telecom_trafic'),
      message: /"telecom_trafic" is not defined in retention/,
    },
    {
      kind: 'duplicate id',
      text: duplicate,
      code: 'POLICY_DUPLICATE_ID',
      path: 'activities[1].id',
      where: at(duplicate, '- id: payment', { nth: 2, shift: '- id: '.length }),
      message: /id "payment" is used twice in activities/,
    },
    {
      kind: 'missing translation',
      text: translation,
      code: 'POLICY_MISSING_TRANSLATION',
      path: 'categories[2].label',
      where: at(translation, '{ nl: Telefoonnummer }'),
      message: /text lacks en/,
    },
  ];
})();

describe('parsePolicy refuses a malformed policy and says where', () => {
  it.each(cases)('$kind', ({ text, code, path, where, message }) => {
    const error = parseError(text);
    expect(error.code).toBe(code);
    expect(error.kind).toBe('input');
    const detail = error.details[0]!;
    expect(detail.location).toEqual({ file: 'policy.yaml', ...where });
    expect(detail.message).toMatch(message);
    if (path) expect(detail.path).toBe(path);
  });

  it('reports a misspelt required key once, as the typo, not also as the missing key', () => {
    const error = parseError(edited('    legalBasis: legal_obligation', '    legalBaiss: legal_obligation'));
    expect(error.details).toHaveLength(1);
  });

  it('refuses a missing file with POLICY_NOT_FOUND', async () => {
    const missing = join(scratch, 'no-such-policy.yaml');
    await expect(loadPolicyFile(missing)).rejects.toMatchObject({
      code: 'POLICY_NOT_FOUND',
      kind: 'input',
      message: expect.stringContaining('no such file'),
    });
  });
});

describe('parsePolicy survives hostile or broken files', () => {
  it('refuses an alias bomb, pointing at the first alias', () => {
    const names = 'abcdefghij';
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < names.length; i++) {
      const prev = `*${names[i - 1]}`;
      bomb += `${names[i]}: &${names[i]} [${Array(10).fill(prev).join(', ')}]\n`;
    }
    const error = parseError(bomb);
    expect(error.code).toBe('POLICY_YAML_SYNTAX');
    expect(error.details[0]?.location).toEqual({ file: 'policy.yaml', ...at(bomb, '*a') });
    expect(error.details[0]?.message).toMatch(/aliases expand/);
  });

  it('refuses nesting the parser cannot even read, and nesting far beyond any policy', () => {
    const unreadable = parseError(`version: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(unreadable.code).toBe('POLICY_YAML_SYNTAX');
    expect(unreadable.details).toHaveLength(1);
    expect(unreadable.details[0]?.message).toMatch(/nesting is too deep/);

    const deep = `version: 1\nmeta:\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n')} 1\n`;
    const error = parseError(deep);
    expect(error.code).toBe('POLICY_YAML_SYNTAX');
    expect(error.details[0]?.message).toMatch(/deeper than 64 levels/);
    expect(error.details[0]?.location?.line).toBeGreaterThan(60);
  });

  it('refuses binary garbage with a bounded list of located problems', () => {
    // A fixed pseudo-random byte stream, read the way the loader reads files (UTF-8 with replacement).
    let seed = 42;
    const bytes = Buffer.from(
      Array.from({ length: 8192 }, () => {
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        return seed >>> 24;
      }),
    );
    const error = parseError(bytes.toString('utf8'));
    expect(['POLICY_YAML_SYNTAX', 'POLICY_INVALID']).toContain(error.code);
    expect(error.details.length).toBeGreaterThan(0);
    expect(error.details.length).toBeLessThanOrEqual(21);
    expect(error.details[0]?.location?.file).toBe('policy.yaml');
    // Quoted garbage tokens are cut short, so the terminal is not flooded with noise.
    for (const detail of error.details) expect(detail.message.length).toBeLessThan(120);
  });

  it('lists the first 20 problems of a file that is wrong on every line, then a count', () => {
    const text = Array.from({ length: 100 }, (_, i) => `key${i}: "unterminated`).join('\n');
    const error = parseError(text);
    expect(error.code).toBe('POLICY_YAML_SYNTAX');
    expect(error.details).toHaveLength(21);
    // The parser notices the missing quote where the line ends.
    expect(error.details[0]?.location).toEqual({ file: 'policy.yaml', ...at(text, '\n') });
    expect(error.details[0]?.message).toBe('Missing closing "quote');
    expect(error.details[20]?.message).toMatch(/^and \d+ more problems/);
  });

  it('says so when the file is empty, or holds something other than a mapping', () => {
    for (const empty of ['', '\n\n', '# only a comment\n']) {
      const error = parseError(empty);
      expect(error.code).toBe('POLICY_INVALID');
      expect(error.details[0]).toMatchObject({
        location: { line: 1, column: 1 },
        message: 'the file is empty',
      });
    }
    expect(parseError('- a\n- b\n').details[0]?.message).toBe('expected a mapping (key: value), got a list');
  });
});

/**
 * The same files through the real process: the exit code and the stream contract are what scripts
 * and CI rely on. Built first, because `bin/grondslag.js` runs `dist/`. Type errors anywhere in the
 * tree make tsc exit non-zero while it still emits; `tsc --noEmit` is where those are caught.
 */
describe('grondslag policy register on a malformed policy (process)', () => {
  beforeAll(() => {
    spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8' });
    expect(existsSync(join(repoRoot, 'dist/cli/commands/policy/register.js'))).toBe(true);
  });

  function grondslag(args: string[]) {
    const env = { ...process.env };
    delete env.GRONDSLAG_DEBUG;
    return spawnSync(process.execPath, [join(repoRoot, 'bin/grondslag.js'), ...args], {
      cwd: scratch,
      encoding: 'utf8',
      env,
    });
  }

  it.each(cases)(
    '$kind: exit 2, file:line:col on stderr, one JSON error with --json',
    ({ kind, text, code, where }) => {
      const file = `${kind.replace(/\W+/g, '-')}.yaml`;
      writeFileSync(join(scratch, file), text);

      const plain = grondslag(['policy', 'register', file]);
      expect(plain.status).toBe(2);
      expect(plain.stdout).toBe('');
      expect(plain.stderr).toContain(`${file}:${where.line}:${where.column}`);
      expect(plain.stderr).not.toMatch(/\n\s+at /); // no stack trace

      const json = grondslag(['policy', 'register', file, '--json']);
      expect(json.status).toBe(2);
      const doc = JSON.parse(json.stdout);
      expect(doc.error.code).toBe(code);
      expect(doc.error.details[0].location).toEqual({ file, ...where });
    },
  );

  it('exits 2 on a missing file and on an alias bomb, never 3', () => {
    const missing = grondslag(['policy', 'register', 'nowhere.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/POLICY_NOT_FOUND.*no such file/);

    const text = Array.from({ length: 6 }, (_, i) => {
      const name = `n${i}`;
      const ref = i === 0 ? 'x' : `*n${i - 1}`;
      return `${name}: &${name} [${Array(10).fill(ref).join(', ')}]`;
    }).join('\n');
    writeFileSync(join(scratch, 'bomb.yaml'), `${text}\n`);
    const bomb = grondslag(['policy', 'register', 'bomb.yaml', '--json']);
    expect(bomb.status).toBe(2);
    expect(JSON.parse(bomb.stdout).error.code).toBe('POLICY_YAML_SYNTAX');
  });
});
