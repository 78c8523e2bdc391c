import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('geo-coordinates detector', () => {
  it('finds precise decimal pairs, and those with degree signs and hemispheres', () => {
    const text =
      'Storing op 52.3676, 4.9041; Sydney -33.8688 151.2093; 53.3242° N, 5.7217° E; 52°07\'48.3"N 6°14\'19.0"E';
    expect(valuesOf('geo_coordinates', text)).toEqual([
      '52.3676, 4.9041',
      '-33.8688 151.2093',
      '53.3242° N, 5.7217° E',
      '52°07\'48.3"N 6°14\'19.0"E',
    ]);
  });

  it('finds pairs with the hemisphere letter first, as GPS devices write them', () => {
    expect(valuesOf('geo_coordinates', 'pos=N 52.25581 E 4.74160; kast: N50.82242 O6.39023.')).toEqual([
      'N 52.25581 E 4.74160',
      'N50.82242 O6.39023',
    ]);
    expect(valuesOf('geo_coordinates', 'SN 52.25581 E 4.74160')).toEqual([]);
  });

  it('needs a location cue for less precise pairs', () => {
    expect(valuesOf('geo_coordinates', 'waarden 52.37, 4.89')).toEqual([]);
    expect(valuesOf('geo_coordinates', 'GPS-positie 52.37, 4.89')).toEqual(['52.37, 4.89']);
  });

  it('leaves amounts, out-of-range pairs and version lists alone', () => {
    expect(
      valuesOf('geo_coordinates', 'Prijs € 12.5000, 13.7500; 95.12345, 4.12345; versies 2.4.1, 3.0.2'),
    ).toEqual([]);
  });

  it('finds a single coordinate under its own key in JSON, escaped JSON, XML and key=value', () => {
    const text =
      '{"lat":52.277411,"lon":6.17262,"rsrp":-117} {\\"lat\\":50.87915,\\"lon\\":5.9503705} <lng>-4.56789</lng> latitude = 52.123';
    expect(valuesOf('geo_coordinates', text)).toEqual([
      '52.277411',
      '6.17262',
      '50.87915',
      '5.9503705',
      '-4.56789',
      '52.123',
    ]);
  });

  it('leaves a keyed number alone that is not a precise degree value, or whose key is no geo word', () => {
    expect(valuesOf('geo_coordinates', '"lat":52.12 "lat":952.123 "price":52.123 lon 12.345.678')).toEqual(
      [],
    );
  });

  it("leaves the network's equipment alone unless a location cue speaks for the coordinates", () => {
    const text = [
      'there is a known fault in 6102, cabinet at 50.85199, 6.04611 is down',
      'Street cabinet: MWL-RMD-31667 @ 51.09215, 5.70419',
      'GPS-locatie kast: 52.396204, 4.740286',
      'Laatste locatie toestel (zendmast-schatting): 53.12671, 6.99383',
    ].join('\n');
    expect(valuesOf('geo_coordinates', text)).toEqual(['52.396204, 4.740286', '53.12671, 6.99383']);
  });
});
