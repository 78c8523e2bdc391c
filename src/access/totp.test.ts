import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCode, totpUri, verifyTotp } from './totp.js';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-03-02T09:00:10Z');

  it('accepts the current code and one step of drift either way, nothing further', () => {
    expect(verifyTotp(secret, totpCode(secret, at), at)).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at)).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at)).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 90_000)), at)).toBeNull();
  });

  it('refuses a code whose step was already used, and codes of another secret', () => {
    const step = verifyTotp(secret, totpCode(secret, at), at);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at), at, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at, step)).not.toBeNull();
    expect(verifyTotp(newTotpSecret(), totpCode(secret, at), at)).toBeNull();
  });

  it('accepts a code typed with a space, refuses anything that is not six digits', () => {
    const code = totpCode(secret, at);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).not.toBeNull();
    expect(verifyTotp(secret, 'abcdef', at)).toBeNull();
    expect(verifyTotp(secret, `${code}0`, at)).toBeNull();
  });

  it('describes the account in an otpauth URI that authenticator apps import', () => {
    const uri = new URL(totpUri(secret, 'dpo@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Grondslag');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});
