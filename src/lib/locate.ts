import { inBbox, LOCATE_AREA } from '../schema/district';
import type { LonLat } from './geometry';

export type LocateResult = { ok: true; point: LonLat } | { ok: false; reason: 'denied' | 'unavailable' | 'timeout' | 'outside' | 'unsupported' };


/** Asks the device for its position once; every way it can fail has its own reason. */
export function locateOnce(geo: Geolocation | undefined, timeout = 10_000): Promise<LocateResult> {
  if (!geo) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => {
        const point: LonLat = [pos.coords.longitude, pos.coords.latitude];
        resolve(inBbox(LOCATE_AREA, ...point) ? { ok: true, point } : { ok: false, reason: 'outside' });
      },
      (err) => resolve({ ok: false, reason: err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable' }),
      { enableHighAccuracy: true, timeout, maximumAge: 0 },
    );
  });
}
