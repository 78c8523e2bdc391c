import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Prng } from '../prng.js';

/** Dutch area codes without the trunk 0: two-digit areas have 7-digit subscriber numbers, three-digit 6. */
// biome-ignore format: a word list reads better packed
const dutchAreas2 = ['10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '38', '40', '43', '50', '53'];
// biome-ignore format: a word list reads better packed
const dutchAreas2More = ['55', '58', '70', '71', '72', '73', '74', '76', '77', '78', '79'];
// biome-ignore format: a word list reads better packed
const dutchAreas3 = ['111', '113', '162', '172', '180', '223', '251', '297', '318', '341', '345', '412'];
// biome-ignore format: a word list reads better packed
const dutchAreas3More = ['475', '485', '492', '499', '513', '522', '546', '570', '575', '592', '598'];

interface Parts {
  /** Country calling code. */
  cc: string;
  /** National significant number split into the groups people write. */
  groups: string[];
  /** Dutch-style trunk prefix `0` applies. */
  trunk: boolean;
}

function dutchParts(rng: Prng): Parts {
  const kind = rng.weighted([
    ['mobile', 6],
    ['area2', 3],
    ['area3', 2],
    ['service', 1],
  ] as const);
  if (kind === 'mobile') {
    const rest = `${rng.int(1, 5)}${rng.digits(7)}`;
    return { cc: '31', groups: ['6', rest.slice(0, 4), rest.slice(4)], trunk: true };
  }
  if (kind === 'area2') {
    const sub = `${rng.int(2, 9)}${rng.digits(6)}`;
    return {
      cc: '31',
      groups: [rng.pick([...dutchAreas2, ...dutchAreas2More]), sub.slice(0, 3), sub.slice(3)],
      trunk: true,
    };
  }
  if (kind === 'area3') {
    const sub = `${rng.int(2, 9)}${rng.digits(5)}`;
    return {
      cc: '31',
      groups: [rng.pick([...dutchAreas3, ...dutchAreas3More]), sub.slice(0, 3), sub.slice(3)],
      trunk: true,
    };
  }
  const prefix = rng.pick(['800', '900']);
  return rng.chance(0.5)
    ? { cc: '31', groups: [prefix, rng.digits(4, true)], trunk: true }
    : { cc: '31', groups: [prefix, rng.digits(3, true), rng.digits(4)], trunk: true };
}

function foreignParts(rng: Prng): Parts {
  switch (rng.pick(['BE', 'BE-mobile', 'DE', 'DE-mobile', 'UK', 'FR', 'US'] as const)) {
    case 'BE':
      return { cc: '32', groups: ['2', rng.digits(3, true), rng.digits(2), rng.digits(2)], trunk: true };
    case 'BE-mobile':
      return {
        cc: '32',
        groups: [`4${rng.pick(['70', '75', '77', '78', '85', '86', '94', '95', '96'])}`, ...pairs(rng, 3)],
        trunk: true,
      };
    case 'DE':
      return { cc: '49', groups: ['30', rng.digits(4, true), rng.digits(4)], trunk: true };
    case 'DE-mobile':
      return { cc: '49', groups: [rng.pick(['151', '160', '170', '176']), rng.digits(8, true)], trunk: true };
    case 'UK':
      return { cc: '44', groups: ['20', `7${rng.digits(3)}`, rng.digits(4)], trunk: true };
    case 'FR':
      return { cc: '33', groups: [String(rng.int(6, 7)), ...pairs(rng, 4)], trunk: true };
    case 'US':
      return {
        cc: '1',
        groups: [rng.pick(['212', '415', '617']), `${rng.int(2, 9)}${rng.digits(2)}`, rng.digits(4)],
        trunk: false,
      };
  }
}

function pairs(rng: Prng, n: number): string[] {
  return Array.from({ length: n }, () => rng.digits(2));
}

function render(rng: Prng, p: Parts, national: boolean): string {
  const [first, ...rest] = p.groups as [string, ...string[]];
  if (national && p.trunk) {
    // The forms Dutch customers type: 06-12345678, 06 1234 5678, (020) 123 4567, 020-1234567.
    return rng.weighted([
      [`0${first}-${rest.join('')}`, 4],
      [`0${first} ${rest.join(' ')}`, 3],
      [`(0${first}) ${rest.join(' ')}`, 1],
      [`0${first}${rest.join('')}`, 2],
    ]);
  }
  const intl = rng.weighted([
    [`+${p.cc} ${p.groups.join(' ')}`, 4],
    [`+${p.cc}${p.groups.join('')}`, 2],
    [p.trunk ? `+${p.cc} (0)${first} ${rest.join(' ')}` : `+${p.cc} ${p.groups.join('-')}`, 1],
    [`00${p.cc} ${p.groups.join(' ')}`, 1],
  ]);
  return intl;
}

/**
 * A phone number as written in Dutch and international correspondence; every value is valid
 * according to libphonenumber's full metadata.
 *
 * @example
 *   phoneNumber(new Prng(3)); // e.g. '06-41239870' or '+32 470 12 34 56'
 */
export function phoneNumber(rng: Prng): string {
  for (;;) {
    const foreign = rng.chance(0.2);
    const p = foreign ? foreignParts(rng) : dutchParts(rng);
    const e164 = `+${p.cc}${p.groups.join('')}`;
    if (!parsePhoneNumberFromString(e164)?.isValid()) continue;
    return render(rng, p, !foreign && rng.chance(0.7));
  }
}
