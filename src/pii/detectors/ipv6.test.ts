import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('IPv6 detector', () => {
  it('finds full, compressed, IPv4-embedded and zoned addresses', () => {
    const text =
      'a 2001:0db8:85a3:0000:0000:8a2e:0370:7334, b 2001:db8::8a2e:370:7334, c ::ffff:192.0.2.128, d fe80::1%eth0, e [2001:db8::1]:443';
    expect(valuesOf('ip_address', text)).toEqual([
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      '2001:db8::8a2e:370:7334',
      '::ffff:192.0.2.128',
      'fe80::1%eth0',
      '2001:db8::1',
    ]);
  });

  it('leaves times, MAC addresses, C++ scopes and invalid groups alone', () => {
    const text = 'om 10:11:12, mac 00:1A:2B:3C:4D:5E, std::vector, 2001:db8:::1, 12345::1, 1:2:3:4:5:6:7:8:9';
    expect(valuesOf('ip_address', text)).toEqual([]);
  });

  it('counts a very short form only with an IP cue', () => {
    expect(valuesOf('ip_address', 'waarde a::b')).toEqual([]);
    expect(valuesOf('ip_address', 'IPv6 a::b')).toEqual(['a::b']);
  });
});
