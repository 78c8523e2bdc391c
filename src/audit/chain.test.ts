import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, checkLink, GENESIS, GENESIS_HASH } from './chain.js';
import { type AuditEntry, type AuditRecord, canonicalEntry } from './entry.js';

function buildChain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const entry: AuditEntry = {
      seq,
      at: new Date(Date.UTC(2026, 0, seq)),
      actor: 'user:1',
      action: 'user.updated',
      subjectType: 'user',
      subjectId: String(seq),
      beforeId: null,
      afterId: null,
      data: { n: seq },
    };
    const hash = chainHash(prevHash, entry);
    records.push({ ...entry, prevHash, hash });
    prevHash = hash;
  }
  return records;
}

function firstBreak(records: AuditRecord[]) {
  let head = GENESIS;
  for (const r of records) {
    const bad = checkLink(head, r);
    if (bad) return bad;
    head = { seq: r.seq, hash: r.hash };
  }
  return undefined;
}

describe('the audit hash chain', () => {
  it('is SHA-256 over the previous hash followed by the canonical entry, from 64 zeros', () => {
    const [first, second] = buildChain(2);
    const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(first!.hash).toBe(sha('0'.repeat(64) + canonicalEntry(first!)));
    expect(second!.hash).toBe(sha(first!.hash + canonicalEntry(second!)));
  });

  it('accepts an untouched chain', () => {
    expect(firstBreak(buildChain(6))).toBeUndefined();
  });

  it.each<[string, Partial<AuditRecord>]>([
    ['actor', { actor: 'user:2' }],
    ['action', { action: 'user.deleted' }],
    ['time', { at: new Date(Date.UTC(2026, 0, 3, 0, 0, 0, 1)) }],
    ['subject', { subjectId: '99' }],
    ['before id', { beforeId: 'v0' }],
    ['data', { data: { n: 4 } }],
  ])('names the changed entry when its %s changes', (_, change) => {
    const records = buildChain(6);
    records[2] = { ...records[2]!, ...change };
    expect(firstBreak(records)).toEqual({
      seq: 3,
      reason: 'hash_mismatch',
      expected: chainHash(records[2]!.prevHash, records[2]!),
      actual: buildChain(6)[2]!.hash,
    });
  });

  it('sees a rewritten entry whose own hash was recomputed at the next entry', () => {
    const records = buildChain(6);
    const forged = { ...records[2]!, action: 'user.deleted' };
    records[2] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(firstBreak(records)).toMatchObject({ seq: 4, reason: 'broken_link', expected: records[2]!.hash });
  });

  it('sees a removed entry as a gap and swapped entries as a broken link', () => {
    const removed = buildChain(6).filter((r) => r.seq !== 4);
    expect(firstBreak(removed)).toEqual({ seq: 4, reason: 'gap', expected: 4, actual: 5 });

    const records = buildChain(6);
    const swapped = [...records.slice(0, 2), { ...records[3]!, seq: 3 }, { ...records[2]!, seq: 4 }];
    expect(firstBreak(swapped)).toMatchObject({ seq: 3, reason: 'broken_link' });
  });

  it('requires the first entry to start from the genesis hash', () => {
    const records = buildChain(2)
      .slice(1)
      .map((r) => ({ ...r, seq: r.seq - 1 }));
    expect(firstBreak(records)).toMatchObject({ seq: 1, reason: 'broken_link', expected: GENESIS_HASH });
  });
});
