import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { redactText } from './redact.js';
import { createRedactStream, type LineFinding, type RedactStreamOptions } from './stream.js';

async function run(chunks: (string | Buffer)[], options: RedactStreamOptions = {}) {
  const findings: LineFinding[] = [];
  let out = '';
  const stream = createRedactStream({ ...options, onFinding: (f) => findings.push(f) });
  await pipeline(
    Readable.from(chunks),
    stream,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        out += chunk.toString('utf8');
        cb();
      },
    }),
  );
  return { out, findings, summary: stream.summary };
}

const text =
  'Beste Jan de Vries,\r\nuw BSN 111222333 staat vast.\nMail: jan@example.nl — groet 😀\nlaatste regel 0612345678';

describe('createRedactStream', () => {
  it('redacts line by line exactly as redactText does, keeping line endings', async () => {
    const { out } = await run([text]);
    expect(out).toBe(
      text
        .split('\n')
        .map((l) => (l.endsWith('\r') ? `${redactText(l.slice(0, -1))}\r` : redactText(l)))
        .join('\n'),
    );
  });

  it('gives the same result when bytes arrive one at a time, splitting characters and CRLF', async () => {
    const bytes = Buffer.from(text, 'utf8');
    const oneByOne = [...bytes].map((b) => Buffer.from([b]));
    expect((await run(oneByOne)).out).toBe((await run([text])).out);
  });

  it('reports findings with line numbers and offsets within the line', async () => {
    const { findings, summary } = await run([text], { redact: false });
    const lines = text.split('\n');
    expect(findings.map((f) => `${f.line}:${f.type}:${lines[f.line - 1]!.slice(f.start, f.end)}`)).toEqual([
      '1:person_name:Jan de Vries',
      '2:bsn:111222333',
      '3:email:jan@example.nl',
      '4:phone:0612345678',
    ]);
    expect(summary).toEqual({
      lines: 4,
      findings: 4,
      byType: { person_name: 1, bsn: 1, email: 1, phone: 1 },
    });
  });

  it('scan-only mode writes nothing', async () => {
    expect((await run([text], { redact: false })).out).toBe('');
  });

  it('uses a CSV header line as context for every row', async () => {
    const csv =
      'klantnummer;naam;geboortedatum\n1001;Tess Hoogendam;03-02-1965\n1002;Bram Akkerbroek;12-11-1970\n';
    const { out } = await run([csv]);
    expect(out).toBe(
      'klantnummer;naam;geboortedatum\n1001;<person_name>;<date_of_birth>\n1002;<person_name>;<date_of_birth>\n',
    );
  });

  it('cuts a line longer than the limit at whitespace and keeps counting offsets', async () => {
    const long = `${'woord '.repeat(50)}jan@example.nl ${'woord '.repeat(50)}piet@example.nl`;
    const { out, findings } = await run([long], { maxLineLength: 64 });
    expect(out).toBe(redactText(long));
    expect(findings.map((f) => long.slice(f.start, f.end))).toEqual(['jan@example.nl', 'piet@example.nl']);
    expect(findings.every((f) => f.line === 1)).toBe(true);
  });

  it('fails on binary input with the line of the NUL byte', async () => {
    await expect(run(['eerste regel\ntweede\0regel\n'], { source: 'dump.bin' })).rejects.toThrow(
      expect.objectContaining({ code: 'PII_BINARY_INPUT', message: expect.stringContaining('dump.bin:2') }),
    );
  });

  it('fails before reading when the hmac operator has no key', () => {
    expect(() => createRedactStream({ operator: 'hmac' })).toThrow(
      expect.objectContaining({ code: 'PII_HMAC_KEY_MISSING' }),
    );
  });

  it('redacts 50 MB without memory growing with the input', async () => {
    const line =
      'Klant Jan de Vries (BSN 111222333) mailde jan@example.nl vanaf 192.168.1.20 over factuur 2024-123; IBAN NL91ABNA0417164300.\n';
    const total = 50 * 1024 * 1024;
    const chunk = line.repeat(Math.ceil(65536 / line.length));
    const heap: number[] = [];
    let produced = 0;
    const source = new Readable({
      read() {
        if (produced >= total) {
          this.push(null);
          return;
        }
        produced += chunk.length;
        heap.push(process.memoryUsage().heapUsed);
        this.push(chunk);
      },
    });
    let written = 0;
    await pipeline(
      source,
      createRedactStream({ operator: 'mask' }),
      new Writable({
        write(data: Buffer, _enc, cb) {
          written += data.length;
          cb();
        },
      }),
    );
    expect(written).toBeGreaterThan(total * 0.9);
    // Minima between collections approximate live memory; compare the first and last quarter.
    const quarter = Math.floor(heap.length / 4);
    const early = Math.min(...heap.slice(1, quarter));
    const late = Math.min(...heap.slice(heap.length - quarter));
    expect(late - early).toBeLessThan(20 * 1024 * 1024);
  });
});
