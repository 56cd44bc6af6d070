import { describe, expect, it } from 'vitest';
import { readFeatureCollection, recordLabel } from '../../../../scripts/lib/validate/collection';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';

function read(text: string) {
  const issues: Issue[] = [];
  const features = readFeatureCollection(text, new IssueSink(issues, 'f.geojson'));
  return { features, lines: issues.map(formatIssue) };
}

describe('readFeatureCollection', () => {
  it('says what keeps the text from being a FeatureCollection', () => {
    expect(read('[]')).toEqual({ features: undefined, lines: ['f.geojson: (file): type: expected a GeoJSON FeatureCollection object, found an array'] });
    expect(read('null').lines).toEqual(['f.geojson: (file): type: expected a GeoJSON FeatureCollection object, found null']);
    expect(read('"x"').lines).toEqual(['f.geojson: (file): type: expected a GeoJSON FeatureCollection object, found "x"']);
    expect(read('{"type": "Feature"}').lines).toEqual(['f.geojson: (file): type: expected "FeatureCollection", found "Feature"']);
    expect(read('{}').lines).toEqual(['f.geojson: (file): type: expected "FeatureCollection", found no "type" member']);
    expect(read('{"type": "FeatureCollection", "features": {}}')).toEqual({
      features: undefined,
      lines: ['f.geojson: (file): features: expected an array of features, found {}'],
    });
    expect(read('{"type": "FeatureCollection"}').lines).toEqual(['f.geojson: (file): features: expected an array of features, found nothing']);
    expect(read('   ')).toEqual({ features: undefined, lines: ['f.geojson: (file): json: expected a GeoJSON FeatureCollection, found an empty file'] });
  });

  it('names each item that is not a Feature by its place, and keeps the others with their index', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'a' }, geometry: null }, 5, [], { type: 'Point' }, {}, { type: 'Feature' }, null],
    });
    expect(read(text)).toEqual({
      features: [
        { index: 0, properties: { id: 'a' }, geometry: null },
        { index: 5, properties: undefined, geometry: undefined },
      ],
      lines: [
        'f.geojson: features[1]: type: expected "Feature", found 5',
        'f.geojson: features[2]: type: expected "Feature", found []',
        'f.geojson: features[3]: type: expected "Feature", found "Point"',
        'f.geojson: features[4]: type: expected "Feature", found nothing',
        'f.geojson: features[6]: type: expected "Feature", found null',
      ],
    });
  });
});

describe('recordLabel', () => {
  it("uses the record's own id when it is a non-blank string, else its place", () => {
    expect(recordLabel({ id: 'park-1' }, 3)).toBe('park-1');
    expect(recordLabel({ id: ' ' }, 3)).toBe('features[3]');
    expect(recordLabel({ id: 7 }, 3)).toBe('features[3]');
    expect(recordLabel({}, 3)).toBe('features[3]');
    expect(recordLabel(null, 3)).toBe('features[3]');
    expect(recordLabel('park-1', 3)).toBe('features[3]');
    expect(recordLabel({ id: 'x', qid: 'Q5' }, 0, 'qid')).toBe('Q5');
  });
});
