import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateData } from '../../../../scripts/lib/validate/index';
import { formatIssue } from '../../../../scripts/lib/validate/issues';
import { coverageSummary } from '../../../../scripts/lib/validate/summary';
import { dataWithCase } from '../../../helpers/fixture-data';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function errorsFor(caseName?: string, edit?: (dataDir: string) => Promise<void>): Promise<string[]> {
  const { root, dataDir, cleanup } = await dataWithCase(caseName);
  cleanups.push(cleanup);
  if (edit) await edit(dataDir);
  const { issues } = await validateData({ dataDir, root });
  return issues.map(formatIssue);
}

const PARK = 'data/features/park.geojson: zhangbi-lake-park';

/** Each broken fixture and every line the validator must print for it, no more. */
const CASES: Record<string, string[]> = {
  'invalid-json': [`data/features/park.geojson: (file): json: expected valid JSON, found a syntax error at line 2 column 75: ',' or '}' expected, "\\"" found`],
  'empty-file': ['data/features/park.geojson: (file): json: expected a GeoJSON FeatureCollection, found an empty file'],
  'not-geojson': ['data/features/park.geojson: (file): type: expected "FeatureCollection", found no "type" member'],
  'wrong-geometry-type': [`${PARK}: geometry.type: expected one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, found "GeometryCollection"`],
  'nan-coordinate': [`${PARK}: geometry.coordinates: expected finite numbers (JSON has no NaN or Infinity; JSON.stringify writes them as null), found [114.21,null]`],
  'lonlat-swapped': [`${PARK}: geometry.coordinates: expected [lon, lat] (here lon 113.5…115.5, lat 29.5…31.5), found [30.57,114.21]: lon and lat are swapped`],
  'outside-district': [
    `${PARK}: geometry.coordinates: expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json, found [114.3,30.57], 3.8 km outside`,
  ],
  'too-many-decimals': [`${PARK}: geometry.coordinates: expected at most 6 decimals (0.1 m), found [114.2100001,30.57] (7 decimals)`],
  'unclosed-ring': [`${PARK}: geometry.coordinates[0]: expected a closed ring (the last position equal to the first), found first [114.205,30.565] and last [114.205,30.575]`],
  'self-intersecting-ring': [`${PARK}: geometry.coordinates[0]: expected a ring that does not cross or touch itself, found a self-intersection at [114.21,30.57]`],
  'clockwise-outer-ring': [`${PARK}: geometry.coordinates[0]: expected the outer ring counter-clockwise (RFC 7946 right-hand rule), found clockwise`],
  'counter-clockwise-hole': [`${PARK}: geometry.coordinates[1]: expected a hole clockwise (RFC 7946 right-hand rule), found counter-clockwise`],
  'duplicate-id': [`${PARK}: properties.id: expected a value no other feature has, found "zhangbi-lake-park", already used by data/features/park.geojson features[0]`],
  'duplicate-fid': [
    'data/features/park.geojson: zhangbi-lake-east: properties.fid: expected a value no other feature has, found 3001, already used by data/features/park.geojson features[0]',
  ],
  'unknown-category': [
    'data/features/transport.geojson: (file): category: expected a file named after a category (renewal.geojson, road.geojson, park.geojson, community.geojson, project.geojson, facility.geojson, heritage.geojson), found transport.geojson',
    'data/features/transport.geojson: tram-line: properties.category: expected one of "renewal", "road", "park", "community", "project", "facility", "heritage", found "transport"',
  ],
  'category-not-file-name': [`${PARK}: properties.category: expected "park" (the file name), found "road"`],
  'fid-outside-layer-range': [`${PARK}: properties.fid: expected 3000–3999 for the park layer, found 5001`],
  'unknown-status': [`${PARK}: properties.mentions[0].status: expected one of "completed", "underway", "planned", "context", found "done"`],
  'status-disagrees-with-verb': [
    `${PARK}: properties.mentions[0].status: expected "completed" (the first verb of the status table in this quote is "建成开放", which gives completed for 2022), found "underway"`,
  ],
  'quote-not-in-report': [`${PARK}: properties.mentions[0].quote: expected a quote verbatim in the report, found "张毕湖公园全面建成开放"`],
  'metric-not-in-quote': [`${PARK}: properties.mentions[0].metrics[0]: expected "12公顷" (value and unit) verbatim in the mention's quote, found the quote "张毕湖公园建成开放"`],
  'missing-provenance': [`${PARK}: properties.geocode: expected an object, found nothing (the field is missing)`],
  'oversized-property': [`${PARK}: properties.name_en: expected at most 80 characters, found 103 characters ("Zhangbi Lake Park, a very lo…)`],
  'missing-outline': [
    'data/basemap/district.geojson: (file): outline: expected the district outline (a polygon of kind "qiaokou") to check features against, found no file',
  ],
  'source-sha256-mismatch': [
    'data/report/source.json: (file): sha256: expected 92cd816b4db6d14fe7fcedf23f6de0b2990e09f00871633e6305b22858b3101d (the sha256 of report/fixture-report.txt), found 0000000000000000000000000000000000000000000000000000000000000000',
  ],
  'indicator-not-in-quote': [
    `data/indicators.json: gdp-2022: as_written: expected "960亿元" verbatim in the indicator's quote, found the quote "预计地区生产总值950亿元"`,
    'data/indicators.json: roads-completed-2023: feature_ids[1]: expected the id of a feature in data/features/, found "fengcai-road"',
  ],
  'stale-allowlist-id': [`data/outside-allowlist.json: metro-line-99: id: expected the id of a feature in data/features/, found "metro-line-99", which no feature has`],
  'basemap-unknown-kind': ['data/basemap/water.geojson: features[0] (汉江): properties.kind: expected one of river, lake for the water layer, found "canal"'],
  'landmark-without-qid': ['data/basemap/landmarks.geojson: features[0] (武汉体育馆): properties.qid: expected the Wikidata id (Q…) the landmark comes from, found none'],
};

describe('validateData', () => {
  it('passes the good fixture with no errors and summarises its coverage', async () => {
    const { root, dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    const { issues, data } = await validateData({ dataDir, root });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(coverageSummary(data)).toEqual([
      'features: 7 in 2 layers',
      '  by layer: park 1, road 6',
      '  by status: completed 1, underway 4, planned 1, context 1',
      '  by precision: exact 1, street 3, approximate 1, area 2',
      '  mentions: 8 (1 feature named in both years)',
      'basemap: district 1, labels 2, metro 2, roads 4, water 1',
      'indicators: 2 (headline 1, commitment 1)',
      'unmapped: 1 (programme 1)',
    ]);
  });

  it.each(Object.entries(CASES))('reports %s by file, id, field, expected and found', async (caseName, expected) => {
    expect(await errorsFor(caseName)).toEqual(expected);
  });

  it('accepts data with no indicators.json or unmapped.json yet and says so', async () => {
    const { root, dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    await rm(path.join(dataDir, 'indicators.json'));
    await rm(path.join(dataDir, 'unmapped.json'));
    const { issues, data } = await validateData({ dataDir, root });
    expect(issues).toEqual([]);
    expect(coverageSummary(data).slice(-2)).toEqual(['indicators: none yet', 'unmapped: none yet']);
  });

  it('collects every error of every file in one run', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      await writeFile(path.join(dataDir, 'features', 'heritage.geojson'), '');
      await writeFile(path.join(dataDir, 'unmapped.json'), '[{"id": "x"}');
    });
    expect(errors).toEqual([
      'data/features/heritage.geojson: (file): json: expected a GeoJSON FeatureCollection, found an empty file',
      `data/unmapped.json: (file): json: expected valid JSON, found a syntax error at line 1 column 13: ',' or ']' expected, end of file found`,
    ]);
  });

  it('still checks the quote, headings and metrics of a mention whose status breaks the schema', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      const file = path.join(dataDir, 'features', 'park.geojson');
      const collection = JSON.parse(await readFile(file, 'utf8'));
      Object.assign(collection.features[0].properties.mentions[0], {
        status: 'done',
        quote: '张毕湖公园全面建成',
        section: ['二〇二二年工作回顾', '三、城建'],
        metrics: [{ label: '面积', value: 3, unit: '公顷' }],
      });
      await writeFile(file, JSON.stringify(collection));
    });
    expect(errors).toEqual([
      `${PARK}: properties.mentions[0].status: expected one of "completed", "underway", "planned", "context", found "done"`,
      `${PARK}: properties.mentions[0].quote: expected a quote verbatim in the report, found "张毕湖公园全面建成"`,
      `${PARK}: properties.mentions[0].section[1]: expected a heading verbatim in the report, found "三、城建"`,
      `${PARK}: properties.mentions[0].metrics[0]: expected "3公顷" (value and unit) verbatim in the mention's quote, found the quote "张毕湖公园全面建成"`,
    ]);
  });

  it('reports each vertex problem once per geometry, with how many more positions share it', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      const ring = [
        [30.565, 114.205],
        [30.565, 114.215],
        [30.575, 114.215],
        [30.565, 114.205],
      ];
      const feature = { type: 'Feature', properties: { id: 'swapped-everywhere' }, geometry: { type: 'Polygon', coordinates: [ring] } };
      await writeFile(path.join(dataDir, 'features', 'heritage.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    });
    expect(errors.filter((e) => e.includes('geometry'))).toEqual([
      'data/features/heritage.geojson: swapped-everywhere: geometry.coordinates[0][0]: expected [lon, lat] (here lon 113.5…115.5, lat 29.5…31.5), found [30.565,114.205]: lon and lat are swapped (and 3 more positions)',
    ]);
  });

  it('lets an allow-listed feature reach outside the district but no other', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      await writeFile(path.join(dataDir, 'outside-allowlist.json'), '[]');
    });
    expect(errors).toEqual([
      'data/features/road.geojson: metro-line-12: geometry.coordinates[0]: expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json, found [114.19,30.58], 957 m outside',
    ]);
  });

  it('hints when a quote differs from the report only in punctuation width', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      const file = path.join(dataDir, 'unmapped.json');
      const quote = '古田一路北段开工建设，全新街开工建设';
      const item = { id: 'a', name_zh: '甲', name_en: 'A', year: 2022, quote, section: ['二〇二二年工作回顾'], reason: 'programme', note: 'n' };
      await writeFile(file, JSON.stringify([item]));
    });
    expect(errors).toEqual([
      'data/unmapped.json: a: quote: expected a quote verbatim in the report, found "古田一路北段开工建设，全新街开工建设" (it differs from the report only in punctuation width or spaces: copy it from the report file)',
    ]);
  });

  it('reports a missing data directory instead of passing it', async () => {
    const { issues } = await validateData({ dataDir: '/nonexistent/qiaokou-data', root: '/' });
    expect(issues.map(formatIssue)).toEqual(['nonexistent/qiaokou-data: (file): (dir): expected a data directory, found nothing there']);
  });
});

describe('validateData: what it returns and where it looks', () => {
  it('returns the layers and basemap by file name, the indicators, the unmapped items and the source record', async () => {
    const { root, dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    await writeFile(path.join(dataDir, 'features', 'notes.txt'), 'not a layer');
    await writeFile(path.join(dataDir, 'basemap', 'README.md'), 'not a layer');
    const { issues, data } = await validateData({ dataDir, root });
    expect(issues).toEqual([]);
    expect(data.layers.map((l) => [l.name, l.file, l.features.length])).toEqual([
      ['park', 'data/features/park.geojson', 1],
      ['road', 'data/features/road.geojson', 6],
    ]);
    expect(data.basemap.map((b) => [b.layer, b.file])).toEqual([
      ['district', 'data/basemap/district.geojson'],
      ['labels', 'data/basemap/labels.geojson'],
      ['metro', 'data/basemap/metro.geojson'],
      ['roads', 'data/basemap/roads.geojson'],
      ['water', 'data/basemap/water.geojson'],
    ]);
    expect(data.indicators?.map((i) => i.id)).toEqual(['gdp-2022', 'roads-completed-2023']);
    expect(data.unmapped?.length).toBe(1);
    expect(data.source?.file).toBe('fixture-report.txt');
  });

  it('names a district file with no valid polygon of kind "qiaokou", and checks no feature against it', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      const file = path.join(dataDir, 'basemap', 'district.geojson');
      const collection = JSON.parse(await readFile(file, 'utf8'));
      collection.features[0].geometry.coordinates[0].pop();
      await writeFile(file, JSON.stringify(collection));
    });
    expect(errors).toEqual([
      'data/basemap/district.geojson: features[0] (测试区): geometry.coordinates[0]: expected a closed ring (the last position equal to the first), found first [114.2,30.56] and last [114.2,30.6]',
      'data/basemap/district.geojson: (file): outline: expected the district outline (a polygon of kind "qiaokou") to check features against, found no valid polygon of kind "qiaokou"',
    ]);
  });

  it('refuses a data path that is a file, and names paths from the current directory by default', async () => {
    const { dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    const file = path.join(dataDir, 'indicators.json');
    const { issues, data } = await validateData({ dataDir: file });
    expect(issues.map(formatIssue)).toEqual([`${path.relative(process.cwd(), file)}: (file): (dir): expected a data directory, found nothing there`]);
    expect(data).toEqual({ layers: [], basemap: [], indicators: undefined, unmapped: undefined, source: undefined });
  });

  it('reads no basemap or feature directory as none, and without an allow-list lets no feature outside', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      await rm(path.join(dataDir, 'outside-allowlist.json'));
    });
    expect(errors).toEqual([
      'data/features/road.geojson: metro-line-12: geometry.coordinates[0]: expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json, found [114.19,30.58], 957 m outside',
    ]);
    const bare = await errorsFor(undefined, async (dataDir) => {
      await rm(path.join(dataDir, 'basemap'), { recursive: true });
      await rm(path.join(dataDir, 'features'), { recursive: true });
      await rm(path.join(dataDir, 'outside-allowlist.json'));
      await rm(path.join(dataDir, 'indicators.json'));
    });
    expect(bare).toEqual([
      'data/basemap/district.geojson: (file): outline: expected the district outline (a polygon of kind "qiaokou") to check features against, found no file',
    ]);
  });

  it('leaves a basemap file that is no layer out of the data, and reads files in name order', async () => {
    const { root, dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    for (const name of ['zoo', 'parks', 'alleys']) await writeFile(path.join(dataDir, 'basemap', `${name}.geojson`), '{}');
    for (const name of ['transport', 'heritage']) await writeFile(path.join(dataDir, 'features', `${name}.geojson`), '');
    const { issues, data } = await validateData({ dataDir, root });
    expect(issues.map((i) => `${i.file}: ${i.field}`)).toEqual([
      'data/basemap/alleys.geojson: layer',
      'data/basemap/parks.geojson: layer',
      'data/basemap/zoo.geojson: layer',
      'data/features/heritage.geojson: json',
      'data/features/transport.geojson: category',
      'data/features/transport.geojson: json',
    ]);
    expect(data.basemap.map((b) => b.layer)).toEqual(['district', 'labels', 'metro', 'roads', 'water']);
  });

  it('names unmapped.json when an unmapped item names no drawn zone', async () => {
    const errors = await errorsFor(undefined, async (dataDir) => {
      const file = path.join(dataDir, 'unmapped.json');
      const items = JSON.parse(await readFile(file, 'utf8'));
      items[0].zone = 'nowhere';
      await writeFile(file, JSON.stringify(items));
    });
    expect(errors).toEqual([
      'data/unmapped.json: urban-renewal-plan: [0].zone: expected the id of a zone drawn as a polygon in the renewal layer (none), found "nowhere"',
    ]);
  });
});
