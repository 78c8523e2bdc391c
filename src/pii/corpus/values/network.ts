import type { Prng } from '../prng.js';

/** First octets of address blocks held by Dutch and other European access providers. */
// biome-ignore format: a word list reads better packed
const publicFirstOctets = [31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 94, 145, 178, 185, 188, 212, 213, 217];

/**
 * An IPv4 address: mostly public client addresses, sometimes private LAN ones.
 *
 * @example
 *   ipv4(new Prng(1)); // e.g. '84.104.17.230'
 */
export function ipv4(rng: Prng): string {
  if (rng.chance(0.1)) return `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`;
  return `${rng.pick(publicFirstOctets)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Prefixes of Dutch access networks (Ziggo, KPN, Odido, …), as the first two groups. */
const v6Prefixes = [
  ['2001', '1c00'],
  ['2a02', 'a440'],
  ['2a02', 'a45e'],
  ['2a02', '58'],
  ['2a01', '7c8'],
  ['2001', '985'],
] as const;

/**
 * RFC 5952 text form: lower case, leading zeros dropped, the longest run of two or more zero groups
 * written as `::` (the first one on a tie).
 */
export function compressIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** An IPv6 address, in full, compressed, link-local or IPv4-mapped form. */
export function ipv6(rng: Prng): string {
  const form = rng.weighted([
    ['compressed', 5],
    ['full', 2],
    ['link-local', 1],
    ['mapped', 1],
  ] as const);
  if (form === 'mapped') return `::ffff:${ipv4(rng)}`;
  const groups: number[] =
    form === 'link-local'
      ? [0xfe80, 0, 0, 0, rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(1, 0xffff)]
      : [
          ...rng.pick(v6Prefixes).map((g) => Number.parseInt(g, 16)),
          ...Array.from({ length: 6 }, () => rng.int(0, 0xffff)),
        ];
  if (form !== 'link-local') {
    // Interface identifiers and subnets are often short: zero a run so `::` has something to do.
    const start = rng.int(2, 5);
    const len = rng.int(2, 7 - start);
    for (let i = start; i < start + len; i++) groups[i] = 0;
  }
  if (form === 'full') return groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
  return compressIpv6(groups);
}

/** A current desktop or mobile browser user-agent string. */
export function userAgent(rng: Prng): string {
  const chrome = rng.int(118, 131);
  const firefox = rng.int(115, 133);
  const ios = `${rng.int(16, 18)}_${rng.int(0, 6)}`;
  const android = rng.int(11, 15);
  return rng.weighted([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`,
      5,
    ],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`,
      2,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${android}; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`,
      3,
    ],
    [`Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`, 2],
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.replace('_', '.')} Mobile/15E148 Safari/604.1`,
      3,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36 Edg/${chrome}.0.0.0`,
      1,
    ],
  ]);
}
