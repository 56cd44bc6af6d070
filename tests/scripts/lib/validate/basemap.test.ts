import { describe, expect, it } from 'vitest';
import { checkBasemapFile } from '../../../../scripts/lib/validate/basemap';
import { formatIssue, type Issue } from '../../../../scripts/lib/validate/issues';

const PROVENANCE = { method: 'placed', reference: 'test fixture', note: '' };
const POINT = { type: 'Point', coordinates: [114.23, 30.5925] };

function feature(properties: Record<string, unknown>, geometry: unknown = POINT) {
  return { type: 'Feature', properties: { name_en: '', provenance: PROVENANCE, ...properties }, geometry };
}

function check(layer: string, features: unknown[]) {
  const issues: Issue[] = [];
  const file = checkBasemapFile(layer, `data/basemap/${layer}.geojson`, JSON.stringify({ type: 'FeatureCollection', features }), issues);
  return { file, lines: issues.map(formatIssue) };
}

describe('checkBasemapFile', () => {
  it('refuses a file not named after a basemap layer, listing the layers, and reads nothing of it', () => {
    expect(check('parks', [feature({ kind: 'park', name_zh: '公园' })])).toEqual({
      file: undefined,
      lines: [
        'data/basemap/parks.geojson: (file): layer: expected a file named after a basemap layer (district.geojson, water.geojson, roads.geojson, metro.geojson, landmarks.geojson, labels.geojson), found parks.geojson',
      ],
    });
  });

  it('keeps the features that pass, with their layer and file, and drops those that do not', () => {
    const { file, lines } = check('metro', [feature({ kind: 'station', name_zh: '宗关' }), feature({ kind: 'river', name_zh: '汉江' }), feature({ kind: 'station', name_zh: '' }, null)]);
    expect(lines).toEqual([
      'data/basemap/metro.geojson: features[1] (汉江): properties.kind: expected one of line, line-planned, station for the metro layer, found "river"',
      'data/basemap/metro.geojson: features[2]: geometry: expected a geometry object, found null',
    ]);
    expect(file?.layer).toBe('metro');
    expect(file?.file).toBe('data/basemap/metro.geojson');
    expect(file?.features).toEqual([{ geometry: POINT, properties: { kind: 'station', name_zh: '宗关', name_en: '', provenance: PROVENANCE } }]);
  });

  it('names a feature by place when its properties are not an object', () => {
    expect(check('water', [{ type: 'Feature', properties: 'lake', geometry: POINT }]).lines).toEqual([
      'data/basemap/water.geojson: features[0]: properties: expected an object, found "lake"',
    ]);
    expect(check('water', [{ type: 'Feature', properties: null, geometry: POINT }]).lines).toEqual([
      'data/basemap/water.geojson: features[0]: properties: expected an object, found null',
    ]);
  });

  it('reads no features from a file that is not a collection', () => {
    const issues: Issue[] = [];
    expect(checkBasemapFile('water', 'data/basemap/water.geojson', '{', issues)).toEqual({ layer: 'water', file: 'data/basemap/water.geojson', features: [] });
    expect(issues.map(formatIssue)).toEqual([`data/basemap/water.geojson: (file): json: expected valid JSON, found a syntax error at line 1 column 2: a "key" expected, end of file found`]);
  });

  it('wants each landmark to cite its Wikidata item once and to have a Chinese name', () => {
    const { file, lines } = check('landmarks', [
      feature({ kind: 'stadium', name_zh: '武汉体育馆', qid: 'Q1' }),
      feature({ kind: 'stadium', name_zh: '体育馆', qid: 'Q1' }),
      feature({ kind: 'tower', name_zh: '塔' }),
      feature({ kind: 'tower', name_zh: '  ', qid: 'Q2' }),
    ]);
    expect(lines).toEqual([
      'data/basemap/landmarks.geojson: features[1] (体育馆): properties.qid: expected each Wikidata item once, found Q1 again',
      'data/basemap/landmarks.geojson: features[2] (塔): properties.qid: expected the Wikidata id (Q…) the landmark comes from, found none',
      'data/basemap/landmarks.geojson: features[3] (  ): properties.name_zh: expected a Chinese name, found ""',
    ]);
    expect(file?.features.map((f) => f.properties.qid)).toEqual(['Q1']);
  });

  it('asks no Wikidata id of other layers, nor of a landmark whose kind is already wrong', () => {
    expect(check('metro', [feature({ kind: 'station', name_zh: '宗关' })]).lines).toEqual([]);
    expect(check('landmarks', [feature({ kind: 'canal', name_zh: '运河' })]).lines).toEqual([
      `data/basemap/landmarks.geojson: features[0] (运河): properties.kind: expected one of ${['station', 'hospital', 'stadium', 'school', 'college', 'bridge', 'mall', 'park', 'tower', 'religious', 'museum', 'culture', 'heritage', 'building', 'market', 'institute', 'consulate', 'lake', 'tunnel'].join(', ')} for the landmarks layer, found "canal"`,
    ]);
  });
});
