import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../scripts/lib/landmarks/csv';
import { importLandmarks, type LandmarkResult, serializeLandmarks } from '../../../../scripts/lib/landmarks/import';
import { basemapPropertiesSchema } from '../../../../src/schema/basemap';

const dir = path.join(import.meta.dirname, '../../../fixtures', 'landmarks');
const wikidataCsv = readFileSync(path.join(dir, 'wikidata.csv'), 'utf8');
const osmCsv = readFileSync(path.join(dir, 'osm.csv'), 'utf8');
/** A district 0.02° square (about 2 × 2.2 km) at 114.00–114.02 E, 30.00–30.02 N. */
const outline = {
  polygons: [
    [
      [
        [114, 30],
        [114.02, 30],
        [114.02, 30.02],
        [114, 30.02],
        [114, 30],
      ] as [number, number][],
    ],
  ],
  bbox: [114, 30, 114.02, 30.02] as [number, number, number, number],
};
const stations = [{ name_zh: '宗关', point: [114.0102, 30.0102] as [number, number] }];
const run = (marginKm = 2): LandmarkResult => importLandmarks({ wikidataCsv, osmCsv, outline, stations, marginKm });
const byQid = (r: LandmarkResult) => new Map(r.features.map((f) => [f.properties.qid, f.properties]));
const reasonOf = (r: LandmarkResult, qid: string) => r.dropped.find((d) => d.qid === qid)?.reason;

describe('landmark import', () => {
  it('keeps only usable places inside the margin, each with its Q-id', () => {
    const r = run();
    expect([...byQid(r).keys()].sort()).toEqual(['Q1', 'Q14', 'Q140986232', 'Q17', 'Q2', 'Q3']);
    expect(r.outside).toBe(1);
    expect(reasonOf(r, 'Q4')).toBeUndefined();
  });

  it('keeps a place beyond the margin out, and lets a wider margin take it in', () => {
    expect(byQid(run(2)).has('Q4')).toBe(false);
    expect(byQid(run(6)).get('Q4')?.kind).toBe('bridge');
  });

  it('drops coarse, unusable and out-of-region coordinates with the reason', () => {
    const r = run();
    expect(reasonOf(r, 'Q5')).toBe('coordinate marked coarse');
    expect(reasonOf(r, 'Q6')).toBe('coordinate marked unusable');
    expect(reasonOf(r, 'Q7')).toBe('coordinate marked out_of_region');
  });

  it('drops what is not a place: areas, events, historical districts, concepts, vessels, nameless items', () => {
    const r = run();
    expect(reasonOf(r, 'Q8')).toMatch(/administrative area/);
    expect(reasonOf(r, 'Q9')).toMatch(/event/);
    expect(reasonOf(r, 'Q10')).toMatch(/historical district/);
    expect(reasonOf(r, 'Q11')).toMatch(/not a place/);
    expect(reasonOf(r, 'Q12')).toMatch(/event/);
    expect(reasonOf(r, 'Q19')).toMatch(/vessel/);
    expect(reasonOf(r, 'Q20')).toBe('no label in Wikidata');
  });

  it('drops a metro station the basemap already has, a duplicate entry, and a point OpenStreetMap disputes', () => {
    const r = run();
    expect(reasonOf(r, 'Q13')).toBe('metro station 宗关, already on the basemap');
    expect(reasonOf(r, 'Q15')).toBe('duplicate of Q14');
    expect(reasonOf(r, 'Q18')).toMatch(/^coordinate in dispute: OpenStreetMap conflict \(amenity=library, 2450 m apart\)/);
  });

  it('gives simplified Chinese names, a kind, and the coordinate to 6 decimals', () => {
    const p = byQid(run());
    expect(p.get('Q2')).toMatchObject({ name_zh: '汉口体育中心', kind: 'stadium', name_en: 'Hankou Cultural Sports Centre' });
    expect(p.get('Q140986232')).toMatchObject({ name_zh: '武汉地铁6号线过汉江隧道', kind: 'tunnel' });
    expect(p.get('Q17')).toMatchObject({ name_zh: '某医院（武汉市硚口区）', kind: 'hospital' });
    expect(p.get('Q1')?.kind).toBe('school');
    const q2 = run().features.find((f) => f.properties.qid === 'Q2');
    expect(q2?.geometry.coordinates).toEqual([114.025123, 30.0051]);
  });

  it('finds short forms in the data: parts of a "·" name, the name without its qualifier, a different OSM name', () => {
    const p = byQid(run());
    expect(p.get('Q1')?.aliases).toEqual(['武汉四中', '博学中学']);
    expect(p.get('Q17')?.aliases).toEqual(['某医院', '某医院门诊部']);
    expect(p.get('Q3')?.aliases).toBeUndefined();
  });

  it('writes features the basemap schema accepts, cited by Q-id', () => {
    const r = run();
    for (const f of r.features) {
      expect(basemapPropertiesSchema.safeParse(f.properties).success).toBe(true);
      expect(f.properties.provenance.reference).toBe(`Wikidata ${f.properties.qid} (CC0)`);
    }
    const parsed = JSON.parse(serializeLandmarks(r.features)) as GeoJSON.FeatureCollection;
    expect(parsed.features).toHaveLength(r.features.length);
  });

  it('names the file and line of a malformed CSV row', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'x.csv')).toThrow('x.csv: line 3 has 1 fields, expected 2 (a,b)');
    expect(parseCsv('a,b\r\n"x, ""y""",2\r\n', 'x.csv')).toEqual([{ a: 'x, "y"', b: '2' }]);
  });
});

describe('landmark import, row by row', () => {
  const HEADER = 'qid,name,name_en,lon,lat,half_range_m,category,usability';
  const OSM_HEADER = 'qid,status,osm_name,osm_key,osm_value,agreement_m,conflict_reason';
  const one = (rows: string[], osm: string[] = [], marginKm?: number) =>
    importLandmarks({ wikidataCsv: [HEADER, ...rows].join('\n'), osmCsv: osm.length ? [OSM_HEADER, ...osm].join('\n') : undefined, outline, stations, marginKm });

  it('names the columns a reference file lacks, one or several', () => {
    expect(() => importLandmarks({ wikidataCsv: 'qid,name,name_en,lon,lat,half_range_m,category\nQ1,a,b,1,2,3,c', outline, stations })).toThrow('wikidata csv: missing column usability');
    expect(() => importLandmarks({ wikidataCsv: 'qid,name,name_en,lon,lat,half_range_m\nQ1,a,b,1,2,3', outline, stations })).toThrow('wikidata csv: missing columns category, usability');
  });

  it('refuses a coordinate that is missing, not a number or beyond the globe, and accepts the globe’s edge', () => {
    const bad = (lon: string, lat: string) => () => one([`Q1,塔,Tower,${lon},${lat},1,塔,ok`]);
    expect(bad('', '30')).toThrow('wikidata csv: Q1: lon/lat must be WGS-84 degrees, found , 30');
    expect(bad('114', '')).toThrow('wikidata csv: Q1: lon/lat must be WGS-84 degrees, found 114, ');
    expect(bad('x', '30')).toThrow('found x, 30');
    expect(bad('114', 'Infinity')).toThrow('found 114, Infinity');
    expect(bad('180.1', '30')).toThrow('found 180.1, 30');
    expect(bad('114', '-90.1')).toThrow('found 114, -90.1');
    expect(one(['Q1,塔,Tower,180,90,1,塔,ok', 'Q2,塔,Tower,-180,-90,1,塔,ok']).outside).toBe(2);
  });

  it('keeps a place within 3 km of the outline by default, and counts one beyond as outside', () => {
    // 0.001° of latitude is about 111 m: 30.02 + 0.0269 is about 2.99 km north, + 0.0271 about 3.01 km.
    expect(one(['Q1,塔,Tower,114.01,30.0469,1,塔,ok', 'Q2,塔二,Tower,114.01,30.0471,1,塔,ok'])).toMatchObject({ outside: 1, features: [{ properties: { qid: 'Q1' } }] });
  });

  it('writes the provenance with the coordinate resolution and what OpenStreetMap says, and the rank of the kind', () => {
    const r = one(['Q1,某塔,Tower,114.01,30.01,12.5,塔,ok', 'Q2,某桥,Bridge,114.011,30.01,,桥梁,ok'], ['Q1,confirmed,某塔,man_made,tower,6.4,']);
    expect(r.features.map((f) => f.properties)).toEqual([
      {
        kind: 'bridge',
        name_zh: '某桥',
        name_en: 'Bridge',
        rank: 3,
        qid: 'Q2',
        provenance: { method: 'Wikidata coordinate location (P625), as published', reference: 'Wikidata Q2 (CC0)', note: 'coordinate resolution ±0 m; no OpenStreetMap object of the same name found' },
      },
      {
        kind: 'tower',
        name_zh: '某塔',
        name_en: 'Tower',
        rank: 4,
        qid: 'Q1',
        provenance: { method: 'Wikidata coordinate location (P625), as published', reference: 'Wikidata Q1 (CC0)', note: 'coordinate resolution ±12.5 m; OpenStreetMap confirmed (man_made=tower, 6 m apart)' },
      },
    ]);
  });

  it('takes a short form from OpenStreetMap only for the same object, not from a road or a name in Latin letters', () => {
    const alias = (status: string, key: string, name: string) => one(['Q1,某塔,Tower,114.01,30.01,1,塔,ok'], [`Q1,${status},${name},${key},x,5,`]).features[0]?.properties.aliases;
    expect(alias('confirmed', 'man_made', '塔')).toEqual(['塔']);
    expect(alias('approx', 'man_made', '塔')).toEqual(['塔']);
    expect(alias('conflict', 'man_made', '塔')).toBeUndefined();
    expect(alias('confirmed', 'highway', '塔')).toBeUndefined();
    expect(alias('confirmed', 'man_made', '塔 Tower')).toBeUndefined();
  });

  it('drops a point in real dispute only when OpenStreetMap puts it more than 1 km away', () => {
    const disputed = (m: number, reason: string) => one(['Q1,某塔,Tower,114.01,30.01,1,塔,ok'], [`Q1,conflict,某塔,man_made,tower,${m},${reason}`]).dropped;
    expect(disputed(1000, '真冲突')).toEqual([]);
    expect(disputed(1001, '真冲突：位置不同')).toEqual([{ qid: 'Q1', name: '某塔', reason: 'coordinate in dispute: OpenStreetMap conflict (man_made=tower, 1001 m apart)' }]);
    expect(disputed(5000, '同名不同物')).toEqual([]);
  });

  it('drops an item with no Chinese name and one labelled only by its Q-id', () => {
    expect(one(['Q1,Tower,Tower,114.01,30.01,1,塔,ok', 'Q2,Q2,,114.01,30.01,1,塔,ok', 'Q3,,,114.01,30.01,1,塔,ok']).dropped).toEqual([
      { qid: 'Q1', name: 'Tower', reason: 'no Chinese name' },
      { qid: 'Q2', name: 'Q2', reason: 'no label in Wikidata' },
      { qid: 'Q3', name: '', reason: 'no label in Wikidata' },
    ]);
  });

  it('drops a station of the same name within 500 m of a basemap station, and keeps one farther or of another name', () => {
    // The basemap's 宗关 stands at 114.0102, 30.0102; 0.0044° of latitude is about 490 m, 0.0046° about 510 m.
    const r = one(['Q1,宗关站,Zongguan,114.0102,30.0146,1,车站,ok', 'Q2,宗关站,Zongguan,114.0102,30.0056,1,车站,ok', 'Q3,汉西站,Hanxi,114.0102,30.0102,1,车站,ok']);
    expect(r.dropped).toEqual([{ qid: 'Q1', name: '宗关站', reason: 'metro station 宗关, already on the basemap' }]);
    expect(r.features.map((f) => f.properties.qid)).toEqual(['Q2', 'Q3']);
  });

  it('keeps the finer of two entries of one name within 300 m, then the lower Q-id, and both when farther apart', () => {
    // 0.0026° of latitude is about 290 m, 0.0028° about 310 m.
    const near = one(['Q9,某塔,Tower,114.01,30.01,5,塔,ok', 'Q8,某塔,Tower,114.01,30.0126,1,塔,ok', 'Q7,某塔,Tower,114.01,30.01,5,塔,ok']);
    expect(near.features.map((f) => f.properties.qid)).toEqual(['Q8']);
    expect(near.dropped).toEqual([
      { qid: 'Q7', name: '某塔', reason: 'duplicate of Q8' },
      { qid: 'Q9', name: '某塔', reason: 'duplicate of Q8' },
    ]);
    expect(one(['Q2,某塔,Tower,114.01,30.01,1,塔,ok', 'Q1,某塔,Tower,114.01,30.0128,1,塔,ok']).features.map((f) => f.properties.qid)).toEqual(['Q1', 'Q2']);
  });

  it('writes one feature per line in a FeatureCollection', () => {
    const r = one(['Q1,某塔,Tower,114.01,30.01,1,塔,ok', 'Q2,某桥,Bridge,114.011,30.01,1,桥梁,ok']);
    const [a, b] = r.features.map((f) => JSON.stringify(f));
    expect(serializeLandmarks(r.features)).toBe(`{"type":"FeatureCollection","features":[\n${a},\n${b}\n]}\n`);
  });
});
