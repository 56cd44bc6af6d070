import { describe, expect, it } from 'vitest';
import { LANDMARK_NAMES } from '../../../src/lib/landmark-names';
import { LANDMARK_KINDS } from '../../../src/schema/constants';

describe('LANDMARK_NAMES', () => {
  it('names every kind of landmark in Chinese characters and in English words', () => {
    for (const kind of LANDMARK_KINDS) {
      expect(LANDMARK_NAMES[kind].zh, kind).toMatch(/^[\p{Script=Han}/]+$/u);
      expect(LANDMARK_NAMES[kind].en, kind).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    }
  });

  it('gives no two kinds the same name in either language', () => {
    const zh = new Set(LANDMARK_KINDS.map((k) => LANDMARK_NAMES[k].zh));
    const en = new Set(LANDMARK_KINDS.map((k) => LANDMARK_NAMES[k].en));
    expect(zh.size).toBe(LANDMARK_KINDS.length);
    expect(en.size).toBe(LANDMARK_KINDS.length);
  });

  it('calls a station a railway station and a museum a museum or gallery', () => {
    expect(LANDMARK_NAMES.station).toEqual({ zh: '火车站', en: 'Railway station' });
    expect(LANDMARK_NAMES.museum).toEqual({ zh: '博物馆/美术馆', en: 'Museum' });
  });
});
