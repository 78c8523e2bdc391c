import type { Prng } from '../prng.js';

/**
 * Addresses and user agents of customers' devices. Only public unicast IPv4 is planted: private
 * and carrier-grade NAT ranges say nothing about a subscriber outside the network they live in,
 * so they are left out rather than argued about.
 */

// First octets of blocks Dutch consumer and business ISPs hand out, plus a few foreign ones.
const v4Firsts = [
  31, 37, 45, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 89, 91, 92, 94, 95, 109, 141, 145, 176, 178, 185,
  188, 193, 194, 195, 212, 213, 217,
];

export function newIpv4(rng: Prng): string {
  return `${rng.pick(v4Firsts)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

const v6Prefixes = [
  '2a02:a44',
  '2a02:a45',
  '2001:1c0',
  '2a02:181',
  '2a10:378',
  '2001:98',
  '2a01:7c8',
  '2a02:58',
  '2a0a:a54',
];

const hex = (rng: Prng, n: number) => rng.chars(n, '0123456789abcdef');
const group = (rng: Prng) => String(Number.parseInt(hex(rng, 4), 16).toString(16));

export interface Ipv6 {
  /** The eight groups, lower case, without leading zeros. */
  groups: string[];
}

/** A global address: a /48 of a Dutch ISP, a subnet, and an interface id. */
export function newIpv6(rng: Prng): Ipv6 {
  const prefix = rng.pick(v6Prefixes);
  const head = prefix.split(':');
  const groups = [head[0]!, head[1]! + hex(rng, 4 - head[1]!.length)];
  groups[1] = String(Number.parseInt(groups[1]!, 16).toString(16));
  while (groups.length < 4) groups.push(group(rng));
  // Half the interface ids are privacy addresses (random), the rest a short host id or SLAAC-like.
  const style = rng.weighted([
    ['random', 5],
    ['short', 2],
    ['zeros', 2],
  ] as const);
  if (style === 'random') for (let i = 0; i < 4; i++) groups.push(group(rng));
  else if (style === 'short') groups.push('0', '0', '0', String(rng.int(1, 255).toString(16)));
  else groups.push('0', '0', group(rng), group(rng));
  return { groups };
}

/** The usual compressed form: the longest run of two or more zero groups becomes "::". */
export function compressV6(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

export function formatIpv6(ip: Ipv6, rng: Prng): string {
  return rng.weighted<string>([
    [compressV6(ip.groups), 8],
    [ip.groups.join(':'), 2],
    [ip.groups.map((g) => g.padStart(4, '0')).join(':'), 1],
    [compressV6(ip.groups).toUpperCase(), 1],
  ]);
}

/** A link-local address with its zone ("fe80::1c2b:3dff:fe4a:5b6c%eth0"); the zone is part of the notation. */
export function linkLocal(rng: Prng): string {
  return `fe80::${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}%${rng.pick(['eth0', 'wlan0', 'en0', 'br0', '12'])}`;
}

/** IPv4 as a dual-stack socket logs it: "::ffff:81.204.12.9". */
export function mappedV4(rng: Prng): string {
  return `::ffff:${newIpv4(rng)}`;
}

const pickVersion = (rng: Prng, major: readonly [number, number]) =>
  `${rng.int(major[0], major[1])}.0.${rng.int(4000, 6500)}.${rng.int(10, 250)}`;

const androidModels = [
  'SM-S918B',
  'SM-A546B',
  'SM-G991B',
  'SM-A336B',
  'Pixel 7',
  'Pixel 8 Pro',
  'M2101K6G',
  'CPH2449',
  'moto g54 5G',
  'SM-A137F',
  'RMX3771',
  'ASUS_AI2302',
];
const iosVersions = ['16_7_5', '17_2_1', '17_3_1', '17_4', '17_5_1', '18_0', '18_1_1'];

/** A user agent of a customer's browser, app or tool, with version numbers drawn per request. */
export function newUserAgent(rng: Prng): string {
  const chrome = pickVersion(rng, [118, 131]);
  const ios = rng.pick(iosVersions);
  const iosDotted = ios.replace(/_/g, '.');
  const safariVersion = `${ios.split('_')[0]}.${ios.split('_')[1] ?? '0'}`;
  const android = rng.int(11, 15);
  const model = rng.pick(androidModels);
  const appVersion = `${rng.int(5, 7)}.${rng.int(0, 19)}.${rng.int(0, 9)}`;
  const firefox = rng.int(115, 133);
  return rng.weighted<string>([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
      10,
    ],
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${pickVersion(rng, [118, 131])}`,
      4,
    ],
    [`Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`, 3],
    [`Mozilla/5.0 (X11; Linux x86_64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`, 1],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safariVersion} Safari/605.1.15`,
      4,
    ],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
      3,
    ],
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safariVersion} Mobile/15E148 Safari/604.1`,
      8,
    ],
    [
      `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safariVersion} Mobile/15E148 Safari/604.1`,
      2,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${android}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`,
      6,
    ],
    [
      `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome.split('.')[0]}.0.0.0 Mobile Safari/537.36`,
      3,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${android}; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${rng.int(20, 26)}.0 Chrome/${chrome.split('.')[0]}.0.0.0 Mobile Safari/537.36`,
      2,
    ],
    [
      `PolderlinkApp/${appVersion} (iPhone${rng.int(12, 16)},${rng.int(1, 5)}; iOS ${iosDotted}; Scale/3.00)`,
      3,
    ],
    [`Polderlink/${appVersion} (Android ${android}; ${model}; nl-NL) okhttp/4.12.0`, 3],
    [
      `Dalvik/2.1.0 (Linux; U; Android ${android}; ${model} Build/${rng.pick(['TP1A', 'UP1A', 'AP2A', 'SP1A'])}.${rng.int(220000, 240999)}.0${rng.int(10, 99)})`,
      2,
    ],
    [
      `Mozilla/5.0 (SMART-TV; Linux; Tizen ${rng.int(5, 8)}.0) AppleWebKit/537.36 (KHTML, like Gecko) Version/${rng.int(5, 8)}.0 TV Safari/537.36`,
      1,
    ],
    [`curl/${rng.int(7, 8)}.${rng.int(50, 88)}.${rng.int(0, 3)}`, 1],
    [`python-requests/2.${rng.int(25, 32)}.${rng.int(0, 3)}`, 1],
  ]);
}
