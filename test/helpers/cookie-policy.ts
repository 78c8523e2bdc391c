import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTextWith } from './policy-variants.js';

/**
 * The CloudAware policy as it would read once it lists its cookies: the session cookie, the
 * language preference and the shopping-cart key, all CloudAware's own and functional. Everything
 * else it promises stays as in examples/cloudaware/policy.yaml (functional and privacy-friendly
 * analytics only).
 */
export const cloudAwareDeclaredCookies = [
  {
    name: 'sessionid',
    provider: 'CloudAware',
    category: 'functional',
    purpose: { nl: 'Houdt uw sessie bij.', en: 'Keeps your session.' },
    lifetime: 'session',
    firstParty: true,
  },
  {
    name: 'lang',
    provider: 'CloudAware',
    category: 'functional',
    purpose: { nl: 'Onthoudt uw taal.', en: 'Remembers your language.' },
    lifetime: 'P1Y',
    firstParty: true,
  },
  {
    name: 'cart',
    provider: 'CloudAware',
    category: 'functional',
    purpose: { nl: 'Uw winkelwagen.', en: 'Your shopping cart.' },
    lifetime: 'session',
    firstParty: true,
  },
];

/** Writes that policy into `dir` and returns its path. */
export function writeDeclaringPolicy(dir: string): string {
  const path = join(dir, 'policy-with-cookies.yaml');
  writeFileSync(path, policyTextWith('example', { 'cookies.declared': cloudAwareDeclaredCookies }));
  return path;
}
