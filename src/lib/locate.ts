import type { LonLat } from './geometry';

export type LocateResult = { ok: true; point: LonLat } | { ok: false; reason: 'denied' | 'unavailable' | 'timeout' | 'outside' | 'unsupported' };

/** The district's box with a margin: a position beyond it is "outside the district". */
export const DISTRICT_BOX = { west: 114.14, east: 114.285, south: 30.555, north: 30.64 } as const;

export const inDistrictBox = ([lon, lat]: LonLat) => lon >= DISTRICT_BOX.west && lon <= DISTRICT_BOX.east && lat >= DISTRICT_BOX.south && lat <= DISTRICT_BOX.north;

/** Asks the device for its position once; every way it can fail has its own reason. */
export function locateOnce(geo: Geolocation | undefined, timeout = 10_000): Promise<LocateResult> {
  if (!geo) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => {
        const point: LonLat = [pos.coords.longitude, pos.coords.latitude];
        resolve(inDistrictBox(point) ? { ok: true, point } : { ok: false, reason: 'outside' });
      },
      (err) => resolve({ ok: false, reason: err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable' }),
      { enableHighAccuracy: true, timeout, maximumAge: 0 },
    );
  });
}
