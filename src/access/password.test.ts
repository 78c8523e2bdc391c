import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('stores argon2id hashes that verify only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
    // Two hashes of one password differ (random salt), so equal passwords are not visible as such.
    expect(await hashPassword('correct horse battery staple')).not.toBe(stored);
  });

  it('answers false, not an error, for a stored value that is not a hash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });

  it('generates different 20-character passwords that pass the policy', () => {
    const a = generatePassword();
    expect(a).toHaveLength(20);
    expect(generatePassword()).not.toBe(a);
    expect(() => checkPasswordPolicy(a)).not.toThrow();
  });

  it('refuses passwords that are too short or absurdly long, naming the field', () => {
    expect(() => checkPasswordPolicy('short', 'newPassword')).toThrow(
      expect.objectContaining({
        code: 'PASSWORD_TOO_SHORT',
        details: [expect.objectContaining({ path: 'newPassword' })],
      }),
    );
    expect(() => checkPasswordPolicy('x'.repeat(300))).toThrow(
      expect.objectContaining({ code: 'PASSWORD_TOO_LONG' }),
    );
  });
});
