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
