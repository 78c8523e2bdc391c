import type { Prng } from '../prng.js';

/**
 * Telephone numbers in the notations people and systems write them. Dutch numbers come from the
 * real numbering plan (06-1 … 06-5 mobile, geographic area codes, 085 and 0800/0900), foreign ones
 * from the Belgian, German, British and North American plans; the tests check each against
 * libphonenumber's metadata.
 */
export interface Phone {
  country: 'NL' | 'BE' | 'DE' | 'GB' | 'US';
  /** Calling code without "+". */
  cc: string;
  /** The part after the trunk prefix, split where the area or operator code ends. */
  area: string;
  subscriber: string;
  kind: 'mobile' | 'landline' | 'service';
}

export function dutchMobile(rng: Prng): Phone {
  return {
    country: 'NL',
    cc: '31',
    area: '6',
    subscriber: `${rng.int(1, 5)}${rng.digits(7)}`,
    kind: 'mobile',
  };
}

/** A landline in the area code `area` ("20", "172"): 7 or 6 subscriber digits, never starting with 0 or 1. */
export function dutchLandline(rng: Prng, area: string): Phone {
  const len = area.length === 2 ? 7 : 6;
  return {
    country: 'NL',
    cc: '31',
    area,
    subscriber: `${rng.int(2, 9)}${rng.digits(len - 1)}`,
    kind: 'landline',
  };
}

/** 085 is the nationwide range VoIP customers get; 0800 and 0900 are numbers a subscriber ports along. */
export function dutchNonGeographic(rng: Prng): Phone {
  const area = rng.weighted([
    ['85', 3],
    ['800', 1],
    ['900', 1],
  ] as const);
  const subscriber = area === '85' ? `${rng.int(2, 9)}${rng.digits(6)}` : `${rng.int(0, 9)}${rng.digits(3)}`;
  return { country: 'NL', cc: '31', area, subscriber, kind: area === '85' ? 'landline' : 'service' };
}

export function foreignPhone(rng: Prng): Phone {
  const country = rng.weighted([
    ['BE', 3],
    ['DE', 3],
    ['GB', 2],
    ['US', 1],
  ] as const);
  switch (country) {
    case 'BE':
      return rng.chance(0.6)
        ? {
            country,
            cc: '32',
            area: `4${rng.pick(['70', '71', '72', '73', '75', '76', '77', '78', '79', '84', '85', '86', '87', '88', '89', '93', '94', '95', '96', '97', '98', '99'])}`,
            subscriber: rng.digits(6),
            kind: 'mobile',
          }
        : {
            country,
            cc: '32',
            area: rng.pick(['2', '3']),
            subscriber: `${rng.int(2, 8)}${rng.digits(6)}`,
            kind: 'landline',
          };
    case 'DE':
      if (rng.chance(0.3)) {
        // The 015x blocks have eight subscriber digits, the older 016x and 017x blocks seven.
        return {
          country,
          cc: '49',
          area: rng.pick(['151', '152', '157']),
          subscriber: `${rng.int(1, 9)}${rng.digits(7)}`,
          kind: 'mobile',
        };
      }
      return rng.chance(0.5)
        ? {
            country,
            cc: '49',
            area: rng.pick(['160', '162', '170', '171', '172', '175', '177']),
            subscriber: `${rng.int(1, 9)}${rng.digits(6)}`,
            kind: 'mobile',
          }
        : {
            country,
            cc: '49',
            area: rng.pick(['30', '40', '89', '221', '211', '241']),
            subscriber: `${rng.int(2, 9)}${rng.digits(6)}`,
            kind: 'landline',
          };
    case 'GB':
      return rng.chance(0.6)
        ? {
            country,
            cc: '44',
            area: `7${rng.pick(['400', '500', '711', '723', '756', '782', '800', '811', '903', '958'])}`,
            subscriber: `${rng.int(1, 9)}${rng.digits(5)}`,
            kind: 'mobile',
          }
        : {
            country,
            cc: '44',
            area: '20',
            subscriber: `${rng.pick(['7', '8'])}${rng.digits(7)}`,
            kind: 'landline',
          };
    case 'US':
      return {
        country,
        cc: '1',
        area: rng.pick(['212', '415', '617', '312', '206', '512', '646', '303']),
        subscriber: `${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(2, 9)}${rng.digits(4)}`,
        kind: 'mobile',
      };
  }
}

const group = (s: string, sizes: number[]) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
};

/** Renders a number in one of the notations used for its country and kind. */
export function formatPhone(p: Phone, rng: Prng): string {
  if (p.country === 'NL') return formatDutch(p, rng);
  const s = p.subscriber;
  switch (p.country) {
    case 'BE':
      return rng.weighted<string>([
        [`+32 ${p.area} ${group(s, [2, 2, 2]).join(' ')}`, 3],
        [`+32${p.area}${s}`, 1],
        [`0032 ${p.area} ${group(s, [3, 3]).join(' ')}`, 1],
        [`+32 (0)${p.area} ${group(s, [2, 2, 2]).join(' ')}`, 1],
      ]);
    case 'DE':
      return rng.weighted<string>([
        [`+49 ${p.area} ${s}`, 3],
        [`+49 (0)${p.area} ${s}`, 1],
        [`0049 ${p.area} ${s}`, 1],
        [`+49${p.area}${s}`, 1],
        [`+49 ${p.area} ${group(s, [3, 4]).join(' ')}`, 1],
      ]);
    case 'GB':
      return p.kind === 'mobile'
        ? rng.weighted<string>([
            [`+44 ${p.area} ${s}`, 3],
            [`+44 (0)${p.area} ${s}`, 1],
            [`+44${p.area}${s}`, 1],
          ])
        : rng.weighted<string>([
            [`+44 20 ${group(s, [4, 4]).join(' ')}`, 3],
            [`+44 (0)20 ${group(s, [4, 4]).join(' ')}`, 1],
          ]);
    case 'US':
      return rng.weighted<string>([
        [`+1 (${p.area}) ${s.slice(0, 3)}-${s.slice(3)}`, 3],
        [`+1 ${p.area} ${s.slice(0, 3)} ${s.slice(3)}`, 2],
        [`+1-${p.area}-${s.slice(0, 3)}-${s.slice(3)}`, 1],
        [`+1${p.area}${s}`, 1],
      ]);
  }
}

function formatDutch(p: Phone, rng: Prng): string {
  const { area: a, subscriber: s } = p;
  if (p.kind === 'service') {
    return rng.weighted<string>([
      [`0${a}-${s}`, 3],
      [`0${a} ${s}`, 2],
      [`0${a}${s}`, 1],
      [`0${a} ${group(s, [2, 2]).join(' ')}`, 1],
    ]);
  }
  if (p.kind === 'mobile') {
    return rng.weighted<string>([
      [`06-${s}`, 8],
      [`06 ${s}`, 4],
      [`06 ${group(s, [4, 4]).join(' ')}`, 4],
      [`06-${group(s, [4, 4]).join(' ')}`, 1],
      [`06 ${group(s, [2, 2, 2, 2]).join(' ')}`, 3],
      [`06${s}`, 4],
      [`+31 6 ${s}`, 4],
      [`+316${s}`, 3],
      [`+31 6 ${group(s, [4, 4]).join(' ')}`, 2],
      [`+31 (0)6 ${s}`, 1],
      [`+31 (0)6-${s}`, 1],
      [`0031 6 ${s}`, 1],
      [`0031 6 ${group(s, [4, 4]).join(' ')}`, 1],
      [`(06) ${s}`, 1],
      [`06 - ${s}`, 1],
      [`06.${group(s, [2, 2, 2, 2]).join('.')}`, 1],
    ]);
  }
  if (a.length === 2) {
    return rng.weighted<string>([
      [`0${a}-${s}`, 8],
      [`0${a} ${group(s, [3, 4]).join(' ')}`, 4],
      [`(0${a}) ${group(s, [3, 2, 2]).join(' ')}`, 2],
      [`0${a} - ${group(s, [3, 2, 2]).join(' ')}`, 1],
      [`0${a}${s}`, 3],
      [`0${a} ${s}`, 2],
      [`+31 ${a} ${group(s, [3, 4]).join(' ')}`, 3],
      [`+31(0)${a}-${s}`, 2],
      [`+31 (0)${a} ${s}`, 1],
      [`0031 ${a} ${group(s, [3, 4]).join(' ')}`, 1],
      [`+31${a}${s}`, 2],
      [`0${a}-${group(s, [3, 2, 2]).join(' ')}`, 1],
    ]);
  }
  return rng.weighted<string>([
    [`0${a}-${s}`, 8],
    [`0${a} ${group(s, [2, 2, 2]).join(' ')}`, 3],
    [`(0${a}) ${s}`, 2],
    [`0${a}${s}`, 2],
    [`+31 ${a} ${group(s, [3, 3]).join(' ')}`, 3],
    [`+31(0)${a}-${s}`, 1],
    [`0031 ${a} ${s}`, 1],
    [`0${a}-${group(s, [2, 2, 2]).join(' ')}`, 1],
  ]);
}

/** E.164 as systems store it: "+31612345678". */
export function e164(p: Phone): string {
  return `+${p.cc}${p.area}${p.subscriber}`;
}

/** National digits with the trunk 0, as porting systems and CSV exports keep them: "0201234567". */
export function nationalDigits(p: Phone): string {
  return p.country === 'NL' ? `0${p.area}${p.subscriber}` : e164(p);
}

/** "+31 6 12345678", as WhatsApp shows a number that is not in the address book. */
export function displayInternational(p: Phone): string {
  return `+${p.cc} ${p.area} ${p.subscriber}`;
}
