import { describe, expect, it } from 'vitest';
import { landmarkFromPlaces, wikidataUrl } from '../../../src/lib/landmarks';
import type { Place } from '../../../src/schema/records';

const place = (over: Partial<Place>): Place => ({ kind: 'landmark', name_zh: '汉口火车站', name_en: 'Hankou Railway Station', point: [114.25, 30.62], bbox: [114.25, 30.62, 114.25, 30.62], ...over });

describe('wikidataUrl', () => {
  it('links an item to its Wikidata page, escaping what a path cannot hold', () => {
    expect(wikidataUrl('Q1055817')).toBe('https://www.wikidata.org/wiki/Q1055817');
    expect(wikidataUrl('Q1/../x y')).toBe('https://www.wikidata.org/wiki/Q1%2F..%2Fx%20y');
  });
});

describe('landmarkFromPlaces', () => {
  it('returns the landmark with that Q-id: its kind, names and exact point', () => {
    const places = [place({ qid: 'Q1', landmark: 'park', name_zh: '中山公园', name_en: 'Zhongshan Park', point: [114.26, 30.59] }), place({ qid: 'Q2', landmark: 'station' })];
    expect(landmarkFromPlaces(places, 'Q2')).toEqual({ qid: 'Q2', kind: 'station', name_zh: '汉口火车站', name_en: 'Hankou Railway Station', point: [114.25, 30.62] });
    expect(landmarkFromPlaces(places, 'Q1')?.name_zh).toBe('中山公园');
  });

  it('finds nothing for an unknown Q-id, a place of another kind, or a landmark with no kind', () => {
    expect(landmarkFromPlaces([place({ qid: 'Q2', landmark: 'station' })], 'Q3')).toBeUndefined();
    expect(landmarkFromPlaces([place({ kind: 'station', qid: 'Q2', landmark: 'station' })], 'Q2')).toBeUndefined();
    expect(landmarkFromPlaces([place({ qid: 'Q2' })], 'Q2')).toBeUndefined();
    expect(landmarkFromPlaces([], 'Q2')).toBeUndefined();
  });

  it('skips a place of another kind that carries the same Q-id', () => {
    const places = [place({ kind: 'station', qid: 'Q2', landmark: 'station', name_zh: '汉口站' }), place({ qid: 'Q2', landmark: 'station' })];
    expect(landmarkFromPlaces(places, 'Q2')?.name_zh).toBe('汉口火车站');
  });
});
