import { describe, expect, it } from 'vitest';
import { scoreOf, valuesOf } from '../../../test/helpers/pii.js';

describe('IPv4 detector', () => {
  it('finds addresses in log lines and prose', () => {
    expect(
      valuesOf(
        'ip_address',
        '81.204.12.7 - - [12/Mar/2024:10:11:12 +0100] "GET / HTTP/1.1" from 192.168.1.20:8080',
      ),
    ).toEqual(['81.204.12.7', '192.168.1.20']);
  });

  it('decided: a dotted quad right after a version or section word is not an address', () => {
    expect(
      valuesOf('ip_address', 'versie 1.2.3.4, firmware 10.0.0.1, version 2.4.1.0, artikel 1.2.3.4'),
    ).toEqual([]);
    expect(valuesOf('ip_address', 'versie 2.4.1 gaat live; de server op 10.0.0.1 start opnieuw')).toEqual([
      '10.0.0.1',
    ]);
  });

  it('rejects out-of-range octets, leading zeros and longer dotted numbers', () => {
    expect(valuesOf('ip_address', '256.1.1.1 01.02.03.04 1.2.3.4.5 v1.2.3.4')).toEqual([]);
  });

  it('scores loopback and netmasks below the threshold', () => {
    expect(scoreOf('ip_address', 'host 127.0.0.1', '127.0.0.1')).toBeLessThan(0.5);
    expect(scoreOf('ip_address', 'mask 255.255.255.0', '255.255.255.0')).toBeLessThan(0.5);
  });
});
