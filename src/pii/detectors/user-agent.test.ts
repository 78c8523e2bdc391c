import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';

describe('user-agent detector', () => {
  it('finds browser agents in log lines and prose, without the text after them', () => {
    expect(valuesOf('user_agent', `1.2.3.4 - - "GET / HTTP/1.1" 200 12 "-" "${chrome}"`)).toEqual([chrome]);
    expect(valuesOf('user_agent', `Mijn browser: ${iphone} en verder niets`)).toEqual([iphone]);
  });

  it('finds tool agents only after a User-Agent cue', () => {
    expect(valuesOf('user_agent', 'User-Agent: curl/8.4.0')).toEqual(['curl/8.4.0']);
    expect(valuesOf('user_agent', 'Installeer curl/8.4.0 of nieuwer')).toEqual([]);
  });

  it('finds whatever agent an access log writes in its agent field, and any product tokens after a cue', () => {
    const log = [
      '84.240.25.50 - - [02/Jul/2025:10:00:00 +0200] "GET /mijn HTTP/1.1" 401 36087 "-" "okhttp/4.9.3"',
      '1.2.3.4 - - [x] "GET / HTTP/2.0" 200 2998 "https://mijn.example.nl/" "MijnApp/4.5.1 CFNetwork/1494.0.7 Darwin/23.4.0"',
      '1.2.3.5 - - [x] "GET / HTTP/2.0" 200 - "-" "-"',
      '{"ua":"MijnApp/2.5.3 CFNetwork/1494.0.7 Darwin/23.4.0","v":"App/1.0"}',
    ].join('\n');
    expect(valuesOf('user_agent', log)).toEqual([
      'okhttp/4.9.3',
      'MijnApp/4.5.1 CFNetwork/1494.0.7 Darwin/23.4.0',
      'MijnApp/2.5.3 CFNetwork/1494.0.7 Darwin/23.4.0',
    ]);
  });

  it("finds a mobile app's own agent by the device in its comment, and not a product token alone", () => {
    expect(
      valuesOf('user_agent', '{"ua":"MijnTelecom/4.0.8 (iPhone; iOS 15.2; Scale/3.00)","ok":1}'),
    ).toEqual(['MijnTelecom/4.0.8 (iPhone; iOS 15.2; Scale/3.00)']);
    expect(valuesOf('user_agent', `ua="${chrome}"`)).toEqual([chrome]);
    expect(valuesOf('user_agent', 'Gebruik Node/20.1 (LTS) op iOS-apparaten')).toEqual([]);
  });

  it('requires the platform comment of a browser agent', () => {
    expect(valuesOf('user_agent', 'Mozilla/5.0 is a token')).toEqual([]);
  });

  it("keeps the HTTP library's token after an app agent's device comment", () => {
    const log =
      '"GET / HTTP/1.1" 200 1 "-" "Polderlink/6.17.4 (Android 14; Pixel 8 Pro; nl-NL) okhttp/4.12.0"';
    expect(valuesOf('user_agent', log)).toEqual([
      'Polderlink/6.17.4 (Android 14; Pixel 8 Pro; nl-NL) okhttp/4.12.0',
    ]);
  });
});
