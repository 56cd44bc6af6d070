import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, STATUSES, YEARS } from '../../../src/schema/feature';
import { VIEW_LIMITS } from '../../../src/schema/district';
import { DEFAULT_SHARE, dropUnknownSelection, hrefFor, linkFor, PANELS, parseHash, RADII, SHARE_KEYS, type ShareState, serializeHash } from '../../../src/store/url';

const subset = <T>(all: readonly T[]) => fc.subarray([...all]).map((xs) => all.filter((x) => xs.includes(x)));
const coord = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Number(x.toFixed(5)));

const shareState: fc.Arbitrary<ShareState> = fc.record({
  view: fc.option(fc.record({ lon: coord(114.0, 114.5), lat: coord(30.4, 30.8), zoom: fc.double({ min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom, noNaN: true }).map((z) => Number(z.toFixed(2))) }), { nil: null }),
  categories: subset(CATEGORIES),
  statuses: subset(STATUSES),
  years: subset(YEARS),
  selected: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,8}){0,3}$/), { nil: null }),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  basemap: fc.constantFrom('local' as const, 'osm' as const),
  near: fc.option(fc.record({ lon: coord(114.0, 114.5), lat: coord(30.4, 30.8) }), { nil: null }),
  radius: fc.constantFrom(...RADII),
  panel: fc.constantFrom(...PANELS),
});

describe('URL codec', () => {
  it('leaves the hash empty for the default view', () => {
    expect(serializeHash(DEFAULT_SHARE)).toBe('');
    expect(parseHash('')).toEqual({ state: DEFAULT_SHARE, problems: [] });
  });

  it('reads a hand-written link', () => {
    const { state, problems } = parseHash('#map=14/30.57/114.27&cat=road.park&st=planned&yr=2023&sel=baoqing-street&near=114.27,30.57&r=500&lang=en&base=osm');
    expect(problems).toEqual([]);
    expect(state.view).toEqual({ zoom: 14, lat: 30.57, lon: 114.27 });
    expect(state.categories).toEqual(['road', 'park']);
    expect(state.statuses).toEqual(['planned']);
    expect(state.years).toEqual([2023]);
    expect(state.selected).toBe('baoqing-street');
    expect(state.near).toEqual({ lon: 114.27, lat: 30.57 });
    expect(state.radius).toBe(500);
    expect(state.lang).toBe('en');
    expect(state.basemap).toBe('osm');
  });

  it('keeps an emptied filter as "none" rather than resetting it', () => {
    const state = { ...DEFAULT_SHARE, statuses: [] };
    expect(serializeHash(state)).toBe('#st=none');
    expect(parseHash('#st=none').state.statuses).toEqual([]);
  });

  it('round-trips every shareable state', () => {
    fc.assert(
      fc.property(shareState, (s) => {
        const { state, problems } = parseHash(serializeHash(s));
        expect(problems).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 400 },
    );
  });

  it('falls back to defaults, naming the problem, for tampered values', () => {
    const cases: Array<[string, keyof ShareState]> = [
      ['#map=99/30/114', 'view'],
      ['#map=13/90/400', 'view'],
      ['#map=NaN/NaN/NaN', 'view'],
      ['#cat=road.<script>', 'categories'],
      ['#st=finished', 'statuses'],
      ['#yr=1999', 'years'],
      ['#sel=<img src=x onerror=alert(1)>', 'selected'],
      ['#lang=fr', 'lang'],
      ['#near=0,0', 'near'],
      ['#r=12345', 'radius'],
      ['#panel=admin', 'panel'],
      ['#base=http://evil.example', 'basemap'],
    ];
    for (const [hash, key] of cases) {
      const { state, problems } = parseHash(hash);
      expect(problems.length, hash).toBe(1);
      expect(state[key], hash).toEqual(DEFAULT_SHARE[key]);
    }
  });

  it('never throws on arbitrary input and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        const { state } = parseHash(`#${junk}`);
        expect(CATEGORIES).toEqual(expect.arrayContaining([...state.categories]));
        expect(RADII).toContain(state.radius);
        const again = parseHash(serializeHash(state));
        expect(again.problems).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the first of a repeated key and says so, so the link means one thing', () => {
    const { state, problems } = parseHash('#sel=first-place&r=500&sel=second-place&r=2000');
    expect(state.selected).toBe('first-place');
    expect(state.radius).toBe(500);
    expect(problems).toEqual(['sel: given more than once, the first kept', 'r: given more than once, the first kept']);
    expect(serializeHash(state)).toBe('#sel=first-place&r=500');
  });

  it("brings a zoom beyond the map's limits within them and says so", () => {
    const deep = parseHash('#map=22/30.57/114.27');
    expect(deep.state.view).toEqual({ zoom: VIEW_LIMITS.maxZoom, lat: 30.57, lon: 114.27 });
    expect(deep.problems).toEqual([`map: zoom 22 is beyond ${VIEW_LIMITS.minZoom}–${VIEW_LIMITS.maxZoom}, shown at ${VIEW_LIMITS.maxZoom}`]);
    expect(parseHash('#map=3/30.57/114.27').state.view?.zoom).toBe(VIEW_LIMITS.minZoom);
    expect(parseHash(`#map=${VIEW_LIMITS.maxZoom}/30.57/114.27`).problems).toEqual([]);
  });

  it('drops a selected id that no feature has, naming it, and keeps one that exists', () => {
    const state = { ...DEFAULT_SHARE, selected: 'no-such-place', radius: 500 as const };
    expect(dropUnknownSelection(state, (id) => id === 'zongguan-station')).toEqual({ state: { ...state, selected: null }, problems: ['sel: no feature "no-such-place"'] });
    const known = { ...state, selected: 'zongguan-station' };
    expect(dropUnknownSelection(known, (id) => id === 'zongguan-station')).toEqual({ state: known, problems: [] });
  });
});

/** The default view, written out: what a link that says nothing else opens. */
const DEFAULT_VIEW_LITERAL = {
  view: null,
  categories: ['renewal', 'road', 'park', 'community', 'project', 'facility', 'heritage'],
  statuses: ['completed', 'underway', 'planned', 'context'],
  years: [2022, 2023],
  selected: null,
  near: null,
  radius: 1000,
  panel: 'list',
  basemap: 'local',
  lang: 'zh',
};

describe('links the app writes', () => {
  it('writes a feature link of the reader as it always has, so links in the wild keep their meaning', () => {
    expect(hrefFor({ selected: 'zongguan-station', panel: 'report', lang: 'en' })).toBe('#sel=zongguan-station&panel=report&lang=en');
    expect(hrefFor({ selected: 'zongguan-station', panel: 'report', lang: 'zh' })).toBe('#sel=zongguan-station&panel=report');
    expect(hrefFor({ panel: 'quality', lang: 'en' })).toBe('#panel=quality&lang=en');
    expect(hrefFor({})).toBe('');
  });

  it('leaves unnamed fields at the default view, and a link opens exactly what was asked', () => {
    expect(DEFAULT_SHARE).toEqual(DEFAULT_VIEW_LITERAL);
    const partial = fc.record(
      { selected: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,8}){0,3}$/), radius: fc.constantFrom(...RADII), panel: fc.constantFrom(...PANELS), lang: fc.constantFrom('zh' as const, 'en' as const), statuses: subset(STATUSES) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(partial, (part) => {
        const href = hrefFor(part);
        expect(href).toBe(serializeHash({ ...DEFAULT_SHARE, ...part }));
        expect(parseHash(href)).toEqual({ state: { ...DEFAULT_VIEW_LITERAL, ...part }, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('names every shareable field once, in the order links write them', () => {
    expect(SHARE_KEYS).toEqual(['view', 'categories', 'statuses', 'years', 'selected', 'near', 'radius', 'panel', 'basemap', 'lang']);
    expect(serializeHash(parseHash('#lang=en&base=osm&panel=near&r=500&near=114.25,30.57&sel=x-y&yr=2023&st=planned&cat=road&map=13/30.5/114.2').state)).toBe(
      '#map=13/30.5/114.2&cat=road&st=planned&yr=2023&sel=x-y&near=114.25,30.57&r=500&panel=near&base=osm&lang=en',
    );
  });

  it('links the view as it is, with the reported feature selected', () => {
    const shown = (hash: string) => parseHash(hash).state;
    expect(linkFor('https://x.org/map/#cat=road&near=114.25,30.57&r=500', { ...shown('#cat=road&near=114.25,30.57&r=500'), selected: 'district-hospital' })).toBe(
      'https://x.org/map/#cat=road&sel=district-hospital&near=114.25,30.57&r=500',
    );
    expect(linkFor('https://x.org/map/#map=13/30.5/114.2&sel=old', { ...shown('#map=13/30.5/114.2&sel=old'), selected: 'new' })).toBe('https://x.org/map/#map=13/30.5/114.2&sel=new');
    expect(linkFor('https://x.org/map/?from=home#r=500', shown('#r=500'))).toBe('https://x.org/map/?from=home#r=500');
    expect(linkFor('https://x.org/map/#r=500', {})).toBe('https://x.org/map/');
  });
});

describe('where a link stops being read', () => {
  const read = (hash: string) => parseHash(hash);

  it('reads a hash with or without its leading #', () => {
    expect(read('r=500').state.radius).toBe(500);
    expect(read('#r=500').state.radius).toBe(500);
    expect(read('cat=road#').problems).toEqual(['cat: unknown value "road#"']);
  });

  it('reads bad escapes and lone surrogates as text it then refuses, never throwing', () => {
    expect(read('#sel=%zz&%E0%A4%A=1&\ud800=2').problems).toEqual(['sel: expected a feature id', 'unknown parameter "\ufffd%A"', 'unknown parameter "\ufffd"']);
  });

  it('accepts zoom 0 to 24, brought to 9–18, and drops a zoom below 0 or above 24 to no view', () => {
    expect(read('#map=0/30.57/114.27')).toEqual({ state: { ...DEFAULT_VIEW_LITERAL, view: { zoom: 9, lat: 30.57, lon: 114.27 } }, problems: ['map: zoom 0 is beyond 9–18, shown at 9'] });
    expect(read('#map=24/30.57/114.27').state.view).toEqual({ zoom: 18, lat: 30.57, lon: 114.27 });
    expect(read('#map=9/30.57/114.27')).toEqual({ state: { ...DEFAULT_VIEW_LITERAL, view: { zoom: 9, lat: 30.57, lon: 114.27 } }, problems: [] });
    expect(read('#map=18/30.57/114.27').problems).toEqual([]);
    expect(read('#map=-1/30.57/114.27')).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['map: expected zoom/lat/lon in Wuhan'] });
    expect(read('#map=24.5/30.57/114.27')).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['map: expected zoom/lat/lon in Wuhan'] });
  });

  it('reads a view only inside the map’s bounds, edges included', () => {
    expect(read('#map=12/30.35/113.9').state.view).toEqual({ zoom: 12, lat: 30.35, lon: 113.9 });
    expect(read('#map=12/30.85/114.6').state.view).toEqual({ zoom: 12, lat: 30.85, lon: 114.6 });
    for (const outside of ['#map=12/30.34/114.2', '#map=12/30.86/114.2', '#map=12/30.5/113.89', '#map=12/30.5/114.61']) {
      expect(read(outside), outside).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['map: expected zoom/lat/lon in Wuhan'] });
    }
  });

  it('reads a near-me place only inside the map’s bounds, as lon,lat or lon/lat', () => {
    expect(read('#near=114.25,30.57').state.near).toEqual({ lon: 114.25, lat: 30.57 });
    expect(read('#near=114.25/30.57').state.near).toEqual({ lon: 114.25, lat: 30.57 });
    expect(read('#near=113.9,30.85').state.near).toEqual({ lon: 113.9, lat: 30.85 });
    for (const outside of ['#near=30.57,114.25', '#near=114.61,30.57', '#near=114.25,30.34']) {
      expect(read(outside), outside).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['near: expected lon,lat in Wuhan'] });
    }
  });

  it('takes numbers of at most three whole digits and eight decimals, minus allowed, nothing else', () => {
    expect(read('#map=12.5/30.51234567/114.2').state.view).toEqual({ zoom: 12.5, lat: 30.51234567, lon: 114.2 });
    expect(read('#map=-0/30.57/114.27').problems).toEqual(['map: zoom 0 is beyond 9–18, shown at 9']);
    for (const bad of ['#map=12/30.512345678/114.2', '#map=12/30.5/0114.2', '#map=12/30./114.2', '#map=12/.5/114.2', '#map=12/30.5/114.2/1', '#map=12/30.5', '#map=x12/30.5/114.2', '#map=12/30.5/114.2x', '#map=12/30.5/1e2', '#map=']) {
      expect(read(bad), bad).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['map: expected zoom/lat/lon in Wuhan'] });
    }
    for (const bad of ['#near=114.25', '#near=114.25,30.57,1', '#near=114.25;30.57', '#near=+114.25,30.57']) {
      expect(read(bad), bad).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: ['near: expected lon,lat in Wuhan'] });
    }
  });

  it('drops each malformed value to its literal default, saying what was expected', () => {
    const cases: Array<[string, string]> = [
      ['#r=750', 'r: expected 300, 500, 1000 or 2000'],
      ['#panel=admin', 'panel: unknown panel'],
      ['#base=satellite', 'base: expected local or osm'],
      ['#lang=fr', 'lang: expected zh or en'],
      ['#sel=Not_An_Id', 'sel: expected a feature id'],
      ['#cat=road.rivers', 'cat: unknown value "rivers"'],
      ['#st=planned.', 'st: unknown value ""'],
      ['#yr=2024', 'yr: unknown value "2024"'],
      [`#cat=${'x'.repeat(50)}`, `cat: unknown value "${'x'.repeat(40)}"`],
      ['#cat=', 'cat: unknown value ""'],
    ];
    for (const [hash, problem] of cases) expect(read(hash), hash).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: [problem] });
  });

  it('names an unknown key, cut to 40 characters, and reads the rest of the link', () => {
    expect(read('#zoom=12&r=300')).toEqual({ state: { ...DEFAULT_VIEW_LITERAL, radius: 300 }, problems: ['unknown parameter "zoom"'] });
    expect(read(`#${'k'.repeat(50)}=1`).problems).toEqual([`unknown parameter "${'k'.repeat(40)}"`]);
    expect(read(`#${'k'.repeat(50)}=1&${'k'.repeat(50)}=2`).problems).toEqual([`unknown parameter "${'k'.repeat(40)}"`, `${'k'.repeat(40)}: given more than once, the first kept`]);
  });

  it('keeps the order of all values in a filter, not the order of the link', () => {
    expect(read('#cat=heritage.road&yr=2023.2022').state).toMatchObject({ categories: ['road', 'heritage'], years: [2022, 2023] });
    expect(read('#st=planned.planned').state.statuses).toEqual(['planned']);
  });
});

describe('how a link writes what differs from the default', () => {
  it('writes a view rounded to 2 digits of zoom and 5 of position', () => {
    expect(serializeHash({ ...DEFAULT_SHARE, view: { zoom: 12.3456, lat: 30.123456789, lon: 114.987654321 } })).toBe('#map=12.35/30.12346/114.98765');
    expect(serializeHash({ ...DEFAULT_SHARE, near: { lon: 114.123456789, lat: 30.987654321 } })).toBe('#near=114.12346,30.98765');
  });

  it('writes the default radius, panel, basemap and language as nothing, and others by value', () => {
    expect(serializeHash({ ...DEFAULT_SHARE, radius: 1000, panel: 'list', basemap: 'local', lang: 'zh' })).toBe('');
    expect(serializeHash({ ...DEFAULT_SHARE, radius: 2000, panel: 'quality', basemap: 'osm', lang: 'en' })).toBe('#r=2000&panel=quality&base=osm&lang=en');
  });

  it('writes a full filter as nothing, a narrowed one by its values, an emptied one as none', () => {
    expect(serializeHash({ ...DEFAULT_SHARE, categories: ['renewal', 'road', 'park', 'community', 'project', 'facility', 'heritage'] })).toBe('');
    expect(serializeHash({ ...DEFAULT_SHARE, categories: ['renewal', 'road', 'park', 'community', 'project', 'facility'] })).toBe('#cat=renewal.road.park.community.project.facility');
    expect(serializeHash({ ...DEFAULT_SHARE, years: [2023, 2022] })).toBe('#yr=2023.2022');
    expect(serializeHash({ ...DEFAULT_SHARE, statuses: ['completed', 'planned', 'underway', 'context'] })).toBe('#st=completed.planned.underway.context');
    expect(serializeHash({ ...DEFAULT_SHARE, categories: [], years: [] })).toBe('#cat=none&yr=none');
  });

  it('writes an empty selection as no selection', () => {
    expect(serializeHash({ ...DEFAULT_SHARE, selected: '' })).toBe('');
    expect(serializeHash({ ...DEFAULT_SHARE, selected: 'a-b' })).toBe('#sel=a-b');
  });

  it('keeps a selection when the features hold it, and lets a state with none through unasked', () => {
    const asked: string[] = [];
    const none = { ...DEFAULT_SHARE };
    expect(dropUnknownSelection(none, (id) => {
      asked.push(id);
      return false;
    })).toEqual({ state: DEFAULT_VIEW_LITERAL, problems: [] });
    expect(asked).toEqual([]);
  });
});
