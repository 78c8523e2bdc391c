import type { Prng } from '../prng.js';

function dms(value: number, pos: string, neg: string): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minutes = Math.floor((abs - deg) * 60);
  const seconds = ((abs - deg) * 60 - minutes) * 60;
  return `${deg}°${String(minutes).padStart(2, '0')}'${seconds.toFixed(1).padStart(4, '0')}"${value >= 0 ? pos : neg}`;
}

/**
 * A position inside the Netherlands, written as decimal degrees or degrees-minutes-seconds.
 *
 * @example
 *   geoCoordinates(new Prng(2)); // e.g. '52.37412, 4.89423' or `52°22'26.8"N 4°53'39.2"E`
 */
export function geoCoordinates(rng: Prng): string {
  const { lat, lon } = dutchPosition(rng);
  const places = rng.int(4, 6);
  return rng.weighted([
    [`${lat.toFixed(places)}, ${lon.toFixed(places)}`, 4],
    [`${lat.toFixed(places)},${lon.toFixed(places)}`, 2],
    [`${lat.toFixed(places)}° N, ${lon.toFixed(places)}° E`, 1],
    [`${dms(lat, 'N', 'S')} ${dms(lon, 'E', 'W')}`, 1],
  ]);
}

/** A position inside the Netherlands' bounding box. */
export function dutchPosition(rng: Prng): { lat: number; lon: number } {
  return { lat: 50.76 + rng.next() * 2.7, lon: 3.4 + rng.next() * 3.7 };
}

/** `lat,lon` with five decimals, as a map widget puts it in a query string. */
export function queryCoordinates(rng: Prng): string {
  const { lat, lon } = dutchPosition(rng);
  return `${lat.toFixed(5)},${lon.toFixed(5)}`;
}
