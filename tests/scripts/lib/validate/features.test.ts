import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeatureFile, type FeatureContext } from '../../../../scripts/lib/validate/features';
import { formatIssue, type Issue } from '../../../../scripts/lib/validate/issues';
import { outlineFrom } from '../../../../scripts/lib/validate/outline';
import type { ReportText } from '../../../../scripts/lib/validate/report';
import { GOOD_DATA } from '../../../helpers/fixture-data';

// biome-ignore lint/suspicious/noExplicitAny: test features are edited freely, as a data file could be
type Json = any;
const PARK: Json = JSON.parse(readFileSync(path.join(GOOD_DATA, 'features', 'park.geojson'), 'utf8')).features[0];
const SECTION = ['二〇二二年工作回顾', '三、城市建管水平持续提升', '城市功能不断优化'];
const REPORT_TEXT = `${SECTION.join('\n')}\n张毕湖公园建成开放，新增绿地12公顷。汉江湾公园完成规划。`;
const REPORT: ReportText = { files: ['data/report/r.txt'], byName: new Map([['r.txt', REPORT_TEXT]]), sha256: new Map(), text: REPORT_TEXT };

/** The good park feature with its properties changed. */
function park(props: Json = {}, geometry?: Json): Json {
  const feature = structuredClone(PARK);
  Object.assign(feature.properties, props);
  if (geometry) feature.geometry = geometry;
  return feature;
}
function mention(changes: Json): Json {
  return { ...structuredClone(PARK.properties.mentions[0]), ...changes };
}

function context(over: Partial<FeatureContext> = {}): FeatureContext {
  return { report: REPORT, outline: undefined, outlineFile: 'data/basemap/district.geojson', allowedOutside: new Set(), ids: new Map(), fids: new Map(), ...over };
}

function check(features: Json[], name = 'park', ctx = context()) {
  const issues: Issue[] = [];
  const file = `data/features/${name}.geojson`;
  const layer = checkFeatureFile(name, file, JSON.stringify({ type: 'FeatureCollection', features }), ctx, issues);
  return { layer, lines: issues.map(formatIssue) };
}
const lines = (features: Json[], name?: string, ctx?: FeatureContext) => check(features, name, ctx).lines;
const P = 'data/features/park.geojson: zhangbi-lake-park';

describe('checkFeatureFile', () => {
  it('keeps the features with no issue and drops each one that has any', () => {
    const { layer, lines: found } = check([park(), park({ id: 'b', fid: 3002, name_en: 7 })]);
    expect(found).toEqual(['data/features/park.geojson: b: properties.name_en: expected a string, found 7']);
    expect(layer.name).toBe('park');
    expect(layer.file).toBe('data/features/park.geojson');
    expect(layer.features.map((f) => f.properties.id)).toEqual(['zhangbi-lake-park']);
    expect(layer.features[0]?.geometry).toEqual(PARK.geometry);
  });

  it('drops a feature whose only problem is its geometry or an anchor too far', () => {
    expect(check([park({}, { type: 'Point', coordinates: [200, 30] })]).layer.features).toEqual([]);
    const far = park({ geocode: { ...PARK.properties.geocode, anchors: [{ ...PARK.properties.geocode.anchors[0], lon: 114.25 }] } });
    const { layer, lines: found } = check([far]);
    expect(found).toEqual([
      `${P}: properties.geocode.anchors[0]: expected an area that contains or touches its "within" anchor: at most 25 m from test fixture (test fixture, 114.25, 30.565), found 3352 m; move the geometry, cite a nearer anchor, or claim a coarser precision`,
    ]);
    expect(layer.features).toEqual([]);
  });

  it('names a file that is not a category, and checks no category or fid range against it', () => {
    expect(lines([park({ category: 'road', fid: 9999 })], 'transport')).toEqual([
      'data/features/transport.geojson: (file): category: expected a file named after a category (renewal.geojson, road.geojson, park.geojson, community.geojson, project.geojson, facility.geojson, heritage.geojson), found transport.geojson',
    ]);
  });

  it('checks the category against the file name only when it is a category', () => {
    expect(lines([park({ category: 'road' })])).toEqual([`${P}: properties.category: expected "park" (the file name), found "road"`]);
    expect(lines([park({ category: 'lake' })])).toEqual([
      `${P}: properties.category: expected one of "renewal", "road", "park", "community", "project", "facility", "heritage", found "lake"`,
    ]);
  });

  it("holds fids to the layer's thousand, both ends included", () => {
    expect(lines([park({ fid: 3000 })])).toEqual([]);
    expect(lines([park({ fid: 3999 })])).toEqual([]);
    expect(lines([park({ fid: 2999 })])).toEqual([`${P}: properties.fid: expected 3000–3999 for the park layer, found 2999`]);
    expect(lines([park({ fid: 4000 })])).toEqual([`${P}: properties.fid: expected 3000–3999 for the park layer, found 4000`]);
    expect(lines([park({ id: 'r', fid: 1999, category: 'renewal' })], 'renewal')).toEqual([]);
    expect(lines([park({ id: 'h', fid: 6999, category: 'heritage' })], 'heritage')).toEqual([
      'data/features/heritage.geojson: h: properties.fid: expected 7000–7999 for the heritage layer, found 6999',
    ]);
  });

  it('leaves the range of a fid that is not an integer to the schema', () => {
    expect(lines([park({ fid: 1.5 })])).toEqual([`${P}: properties.fid: expected an integer, found 1.5`]);
  });

  it('reports an id or fid seen before, in this file or an earlier one, naming where', () => {
    const ctx = context();
    expect(lines([park()], 'park', ctx)).toEqual([]);
    expect(lines([park({ fid: 3002 }), park({ id: 'other' })], 'park', ctx)).toEqual([
      `${P}: properties.id: expected a value no other feature has, found "zhangbi-lake-park", already used by data/features/park.geojson features[0]`,
      'data/features/park.geojson: other: properties.fid: expected a value no other feature has, found 3001, already used by data/features/park.geojson features[0]',
    ]);
    expect([...ctx.ids.keys()]).toEqual(['zhangbi-lake-park', 'other']);
  });

  it('does not count missing ids or fids as duplicates', () => {
    const noId = (fid: number) => {
      const f = park({ fid });
      delete f.properties.id;
      delete f.properties.fid;
      return f;
    };
    const found = lines([noId(1), noId(2)]);
    expect(found.filter((l) => l.includes('no other feature'))).toEqual([]);
    expect(found).toContain('data/features/park.geojson: features[0]: properties.id: expected a string, found nothing (the field is missing)');
  });

  it('checks positions against the outline unless the id is allowed outside', () => {
    const outline = outlineFrom([{ type: 'Polygon', coordinates: [[[114.2, 30.56], [114.22, 30.56], [114.22, 30.58], [114.2, 30.58], [114.2, 30.56]]] }]);
    const away = park({}, { type: 'Point', coordinates: [114.3, 30.565] });
    const inside = park({}, { type: 'Point', coordinates: [114.205, 30.565] });
    expect(lines([inside], 'park', context({ outline }))).toEqual([]);
    expect(lines([away], 'park', context({ outline })).filter((l) => l.includes('outline'))).toEqual([
      `${P}: geometry.coordinates: expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json, found [114.3,30.565], 7.7 km outside`,
    ]);
    expect(lines([away], 'park', context({ outline, allowedOutside: new Set(['zhangbi-lake-park']) })).filter((l) => l.includes('outline'))).toEqual([]);
  });
});

describe('checkFeatureFile: mentions', () => {
  it('checks quote and headings against the report, even when the mention breaks the schema elsewhere', () => {
    const m = mention({ quote: '张毕湖公园全面建成开放', section: ['二〇二二年工作回顾', 5, '城市功能'], status: 'done' });
    expect(lines([park({ mentions: [m] })])).toEqual([
      `${P}: properties.mentions[0].status: expected one of "completed", "underway", "planned", "context", found "done"`,
      `${P}: properties.mentions[0].section[1]: expected a string, found 5`,
      `${P}: properties.mentions[0].quote: expected a quote verbatim in the report, found "张毕湖公园全面建成开放"`,
    ]);
  });

  it('skips report checks when there is no report, and quote checks when the quote is blank', () => {
    const m = mention({ quote: '不在报告里的话已建成', section: ['不在报告里'] });
    expect(lines([park({ mentions: [m] })], 'park', context({ report: undefined }))).toEqual([]);
    const blank = mention({ quote: '   ', status: 'underway', metrics: [{ label: 'x', value: 99, unit: '个' }] });
    expect(lines([park({ mentions: [blank] })])).toEqual([`${P}: properties.mentions[0].quote: expected at least 1 characters, found 0 characters ("")`]);
  });

  it('says which verb gives the status, or that none stands in the quote', () => {
    expect(lines([park({ mentions: [mention({ status: 'underway' })] })])).toEqual([
      `${P}: properties.mentions[0].status: expected "completed" (the first verb of the status table in this quote is "建成开放", which gives completed for 2022), found "underway"`,
    ]);
    expect(lines([park({ mentions: [mention({ year: 2023, status: 'completed' })] })])).toEqual([
      `${P}: properties.mentions[0].status: expected "planned" (the first verb of the status table in this quote is "建成开放", which gives planned for 2023), found "completed"`,
    ]);
    expect(lines([park({ mentions: [mention({ quote: '张毕湖公园', status: 'completed' })] })])).toEqual([
      `${P}: properties.mentions[0].status: expected "context" (no verb of the status table stands in the quote), found "completed"`,
    ]);
  });

  it('reads no field of a mention or properties that are not an object, and checks no quote that is not text', () => {
    expect(lines([park({ mentions: [null, 'quote', [], mention({ quote: 5 })] })])).toEqual([
      `${P}: properties.mentions[0]: expected an object, found null`,
      `${P}: properties.mentions[1]: expected an object, found "quote"`,
      `${P}: properties.mentions[2]: expected an object, found []`,
      `${P}: properties.mentions[3].quote: expected a string, found 5`,
    ]);
    const bare = { type: 'Feature', properties: null, geometry: PARK.geometry };
    expect(lines([bare, { ...bare, properties: ['zhangbi-lake-park'] }])).toEqual([
      'data/features/park.geojson: features[0]: properties: expected an object, found null',
      'data/features/park.geojson: features[1]: properties: expected an object, found ["zhangbi-lake-park"]',
    ]);
  });

  it('checks no status for a year or status the schema refuses', () => {
    const found = lines([park({ mentions: [mention({ year: 2024, status: 'underway' }), mention({ status: 'late' })] })]);
    expect(found.filter((l) => l.includes('status table'))).toEqual([]);
  });

  it('wants each well-formed metric written in the quote, and skips malformed ones', () => {
    const metrics = [
      { label: '绿地', value: 12, unit: '公顷' },
      { label: '绿地', value: 13, unit: '公顷' },
      { label: '绿地', value: 'x', unit: '公顷' },
    ];
    const quote = '张毕湖公园建成开放，新增绿地12公顷';
    expect(lines([park({ mentions: [mention({ quote, metrics })] })])).toEqual([
      `${P}: properties.mentions[0].metrics[2].value: expected a number, found "x"`,
      `${P}: properties.mentions[0].metrics[1]: expected "13公顷" (value and unit) verbatim in the mention's quote, found the quote "张毕湖公园建成开放，新增绿地12公顷"`,
    ]);
    expect(lines([park({ mentions: [mention({ metrics: 'none' })] })])).toEqual([`${P}: properties.mentions[0].metrics: expected an array, found "none"`]);
  });
});
