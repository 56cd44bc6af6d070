import { describe, expect, it } from 'vitest';
import { locateOnce } from '../../../src/lib/locate';

const ERR = { PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as const;

function fakeGeo(outcome: { coords?: [number, number]; code?: 1 | 2 | 3 }): Geolocation {
  return {
    getCurrentPosition(ok, fail) {
      if (outcome.coords) ok({ coords: { longitude: outcome.coords[0], latitude: outcome.coords[1] } } as GeolocationPosition);
      else fail?.({ code: outcome.code ?? 2, message: '', ...ERR } as GeolocationPositionError);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
}

describe('use my location', () => {
  it('returns a position inside the district', async () => {
    await expect(locateOnce(fakeGeo({ coords: [114.25, 30.58] }))).resolves.toEqual({ ok: true, point: [114.25, 30.58] });
  });
  it('says when the position is outside the district', async () => {
    await expect(locateOnce(fakeGeo({ coords: [114.35, 30.55] }))).resolves.toEqual({ ok: false, reason: 'outside' });
  });
  it('tells denied, unavailable and timed out apart', async () => {
    await expect(locateOnce(fakeGeo({ code: 1 }))).resolves.toEqual({ ok: false, reason: 'denied' });
    await expect(locateOnce(fakeGeo({ code: 2 }))).resolves.toEqual({ ok: false, reason: 'unavailable' });
    await expect(locateOnce(fakeGeo({ code: 3 }))).resolves.toEqual({ ok: false, reason: 'timeout' });
  });
  it('asks for a fresh, high-accuracy fix within 10 seconds unless told another timeout', async () => {
    const asked: Array<PositionOptions | undefined> = [];
    const geo: Geolocation = { ...fakeGeo({ code: 3 }), getCurrentPosition: (_ok, fail, options) => { asked.push(options); fail?.({ code: 3, message: '', ...ERR } as GeolocationPositionError); } };
    await locateOnce(geo);
    await locateOnce(geo, 2000);
    expect(asked).toEqual([
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 0 },
      { enableHighAccuracy: true, timeout: 2000, maximumAge: 0 },
    ]);
  });
  it('says when the browser has no geolocation', async () => {
    await expect(locateOnce(undefined)).resolves.toEqual({ ok: false, reason: 'unsupported' });
  });
});
