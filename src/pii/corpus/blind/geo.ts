import type { Prng } from '../prng.js';
import type { City } from './cities.js';

/** A point in the Netherlands: where an installation, a device or a caller was. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Somewhere within a few kilometres of the town's centre. */
export function newLatLon(rng: Prng, city: City): LatLon {
  return { lat: city.at[0] + (rng.next() - 0.5) * 0.06, lon: city.at[1] + (rng.next() - 0.5) * 0.09 };
}

function dms(
  value: number,
  pos: string,
  neg: string,
  secDecimals: number,
): { deg: number; min: number; sec: string; hemi: string } {
  const hemi = value >= 0 ? pos : neg;
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const min = Math.floor((abs - deg) * 60);
  const sec = ((abs - deg - min / 60) * 3600).toFixed(secDecimals);
  return { deg, min, sec, hemi };
}

/** A latitude/longitude pair as one string, in decimal or degrees-minutes-seconds. */
export function formatLatLon(p: LatLon, rng: Prng): string {
  const places = rng.int(4, 6);
  const lat = p.lat.toFixed(places);
  const lon = p.lon.toFixed(places);
  const a = dms(p.lat, 'N', 'S', 1);
  const o = dms(p.lon, 'E', 'W', 1);
  return rng.weighted<string>([
    [`${lat}, ${lon}`, 6],
    [`${lat},${lon}`, 4],
    [`${lat} ${lon}`, 1],
    [`${a.deg}°${a.min}'${a.sec}"${a.hemi} ${o.deg}°${o.min}'${o.sec}"${o.hemi}`, 2],
    [`${a.hemi} ${a.deg}° ${a.min}' ${a.sec}" ${o.hemi} ${o.deg}° ${o.min}' ${o.sec}"`, 1],
    [
      `${a.hemi}${a.deg} ${((p.lat % 1) * 60).toFixed(3)} ${o.hemi}${String(o.deg).padStart(3, '0')} ${((p.lon % 1) * 60).toFixed(3)}`,
      1,
    ],
  ]);
}

export function coord(value: number, places = 6): string {
  return value.toFixed(places);
}
