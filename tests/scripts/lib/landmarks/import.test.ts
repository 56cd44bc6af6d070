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
