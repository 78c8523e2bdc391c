import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatamap } from '../../src/datamap/load.js';
import { parseRequestMail } from '../../src/dsr/email-intake.js';
import { demoDatamapPath, demoPolicyPath } from '../../src/paths.js';
import { checkIdCopy } from '../../src/pii/idcopy/check.js';
import { parsePolicy } from '../../src/policy/load.js';
import { acceptsOrRefuses, fuzzParams } from '../helpers/fuzz.js';

/**
 * Hostile input to the file loaders, the e-mail importer and the ID-copy check: whatever the bytes,
 * each either accepts them or refuses with an input error and a stable code — never another
 * exception (a crash), and never a hang (vitest's timeout).
 */

const policyText = readFileSync(demoPolicyPath, 'utf8');
const datamapText = readFileSync(demoDatamapPath, 'utf8');

/** A valid document with one stretch replaced: exercises the deep parts of a loader, not only its first line. */
function mutated(valid: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: valid.length }),
      fc.nat({ max: 200 }),
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          '{',
          '[',
          ': ',
          '- ',
          '&a',
          '*a',
          '!!binary',
          '\t',
          '\u0000',
          '<<: *a',
          '"',
          '~',
          '1e999',
        ),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
    )
    .map(([at, len, insert]) => valid.slice(0, at) + insert + valid.slice(at + len));
}

const hostileYaml = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.nat({ max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat({ max: 2000 }).map((n) => `${'a: '.repeat(n)}1`),
  // An alias bomb: each level refers to the previous one ten times.
  fc.constant(
    Array.from({ length: 12 }, (_, i) =>
      i === 0
        ? 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'
        : `a${i}: &a${i} [${Array(10)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
    ).join('\n'),
  ),
);

describe('hostile input to the loaders', () => {
  it('the policy loader accepts or refuses with a stable code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileYaml, mutated(policyText)), async (text) => {
        await acceptsOrRefuses(() => parsePolicy(text, 'policy.yaml'));
      }),
      fuzzParams(150),
    );
  }, 120_000);

  it('the data-map loader accepts or refuses with a stable code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileYaml, mutated(datamapText)), async (text) => {
        await acceptsOrRefuses(() => parseDatamap(text, 'datamap.yaml'));
      }),
      fuzzParams(150),
    );
  }, 120_000);

  it('the e-mail importer reads or refuses any message', async () => {
    const header = fc.tuple(
      fc.constantFrom(
        'From',
        'Subject',
        'Date',
        'Message-ID',
        'Content-Type',
        'Content-Transfer-Encoding',
        'X-Other',
      ),
      fc.string({ maxLength: 80 }),
    );
    const mail = fc.oneof(
      fc
        .tuple(fc.array(header, { maxLength: 8 }), fc.string({ maxLength: 400 }))
        .map(([hs, body]) => `${hs.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      fc
        .string({ maxLength: 200 })
        .map(
          (s) =>
            `From: jan@example.nl\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: ${s}\r\nContent-Transfer-Encoding: base64\r\n\r\n${s}\r\n--b--`,
        ),
    );
    await fc.assert(
      fc.asyncProperty(mail, async (raw) => {
        const outcome = await acceptsOrRefuses(() => parseRequestMail(raw, new Date('2026-06-01T00:00:00Z')));
        if (outcome !== 'accepted') expect(outcome).toBe('DSR_EMAIL_INVALID');
      }),
      fuzzParams(150),
    );
  }, 120_000);

  it('the ID-copy check reads or refuses any file', async () => {
    const prefixes = [
      Buffer.from('%PDF-1.4\n'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.alloc(0),
    ];
    const file = fc
      .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 600 }))
      .map(([p, rest]) => Buffer.concat([p, Buffer.from(rest)]));
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        await acceptsOrRefuses(() => checkIdCopy(bytes));
      }),
      fuzzParams(40),
    );
  }, 300_000);
});
