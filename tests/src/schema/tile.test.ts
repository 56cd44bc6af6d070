import { describe, expect, it } from 'vitest';
import { PROJECT_TILE_FIELDS, PROJECT_TILE_LAYER, projectTileProperties, tileFeatureId, yearField } from '../../../src/schema/tile';

const facts = { id: 'gutian-park', fid: 7, name_zh: '古田公园', name_en: 'Gutian Park', category: 'park', status: 'planned', precision: 'street' } as const;

describe('the tile contract', () => {
  it('names one source layer, project, and a year field y + the year', () => {
    expect(PROJECT_TILE_LAYER).toBe('project');
    expect(yearField(2022)).toBe('y2022');
    expect(yearField(2023)).toBe('y2023');
  });

  it('writes a feature’s facts and one boolean per report year, in the declared field order', () => {
    const props = projectTileProperties({ ...facts, years: [2023] });
    expect(props).toEqual({ ...facts, y2022: false, y2023: true });
    expect(Object.keys(props)).toEqual(Object.keys(PROJECT_TILE_FIELDS));
  });

  it('reads back a string id, and null for a missing or non-string one', () => {
    expect(tileFeatureId({ id: 'gutian-park' })).toBe('gutian-park');
    expect(tileFeatureId({ id: 7 })).toBeNull();
    expect(tileFeatureId({})).toBeNull();
    expect(tileFeatureId(null)).toBeNull();
    expect(tileFeatureId(undefined)).toBeNull();
  });
});
