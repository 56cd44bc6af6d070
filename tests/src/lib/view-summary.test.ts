import { describe, expect, it } from 'vitest';
import { closestPoint } from '../../../src/lib/geometry';
import { describeFilters, exportFileName, filtersActive, localDate } from '../../../src/lib/view-summary';
import { spreadMarkers } from '../../../src/components/print/markers';
import { CATEGORIES, STATUSES, YEARS } from '../../../src/schema/constants';

const everything = { categories: CATEGORIES, statuses: STATUSES, years: YEARS };

describe('what a view is of', () => {
  it('says nothing when no filter is on, and names what each filter leaves out', () => {
    expect(describeFilters(everything, 'zh')).toBeNull();
    expect(describeFilters({ ...everything, categories: CATEGORIES.filter((c) => c !== 'road') }, 'zh')).toBe('筛选中,不显示 图层:道路交通');
    expect(describeFilters({ ...everything, statuses: ['completed'], years: [2023] }, 'en')).toBe('Filtered out — status: Underway, Planned, Mentioned; report year: 2022 review');
  });

  it('dates by the device’s own calendar day', () => {
    expect(localDate(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
    expect(localDate(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });
});

describe('whether a filter is on', () => {
  it('is on when any one of categories, statuses or years leaves something out', () => {
    expect(filtersActive(everything)).toBe(false);
    expect(filtersActive({ ...everything, categories: CATEGORIES.slice(1) })).toBe(true);
    expect(filtersActive({ ...everything, statuses: STATUSES.slice(1) })).toBe(true);
    expect(filtersActive({ ...everything, years: [2022] })).toBe(true);
  });

  it('names every dimension it leaves out in Chinese, joined by its own marks', () => {
    expect(describeFilters({ categories: ['renewal', 'park', 'community', 'project', 'facility'], statuses: ['completed', 'underway', 'context'], years: [] }, 'zh')).toBe(
      '筛选中,不显示 图层:道路交通、历史文化;状态:计划;报告年份:2022年回顾、2023年计划',
    );
    expect(describeFilters({ ...everything, categories: ['road'], statuses: [] }, 'en')).toBe(
      'Filtered out — layers: Renewal zones, Parks, green & water, Old communities, Key projects & buildings, Public facilities, Heritage; status: Completed, Underway, Planned, Mentioned',
    );
  });
});

describe('an export’s file name', () => {
  const view = { lang: 'en' as const, place: 'Zongguan', radius: 1000, filters: everything, date: '2026-12-07' };
  it('writes a radius under a kilometre in metres, and from one kilometre in km', () => {
    expect(exportFileName({ ...view, radius: 999 }, 'csv')).toBe('qiaokou-Zongguan-999m-2026-12-07.csv');
    expect(exportFileName({ ...view, radius: 1000 }, 'csv')).toBe('qiaokou-Zongguan-1km-2026-12-07.csv');
    expect(exportFileName({ ...view, radius: 2000, filters: { ...everything, years: [2023] } }, 'geojson')).toBe('qiaokou-Zongguan-2km-filtered-2026-12-07.geojson');
  });

  it('leaves the radius out with no place or no radius, and cuts a long place to 40 characters', () => {
    expect(exportFileName({ ...view, place: null }, 'csv')).toBe('qiaokou-list-2026-12-07.csv');
    expect(exportFileName({ ...view, radius: null }, 'csv')).toBe('qiaokou-Zongguan-2026-12-07.csv');
    expect(exportFileName({ ...view, place: `${'a'.repeat(45)}`, radius: 300 }, 'csv')).toBe(`qiaokou-${'a'.repeat(40)}-300m-2026-12-07.csv`);
    expect(exportFileName({ ...view, place: 'a  *?<>|"\\b\tc' }, 'csv')).toBe('qiaokou-a_b_c-1km-2026-12-07.csv');
  });
});

describe('numbers on a printed map', () => {
  it('puts an area’s number on its edge nearest the middle, or the middle itself when inside', () => {
    const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[114.2, 30.5], [114.3, 30.5], [114.3, 30.6], [114.2, 30.6], [114.2, 30.5]]] };
    const [lon, lat] = closestPoint([114.25, 30.7], square);
    expect(lon).toBeCloseTo(114.25, 6);
    expect(lat).toBeCloseTo(30.6, 6);
    expect(closestPoint([114.25, 30.55], square)).toEqual([114.25, 30.55]);
    expect(closestPoint([114, 30], { type: 'Point', coordinates: [114.1, 30.1] })).toEqual([114.1, 30.1]);
  });

  it('moves numbers that would overlap into a column, leaving the others', () => {
    expect(spreadMarkers([[10, 10], [10, 10], undefined, [50, 50], [10.5, 11]])).toEqual([[10, 10], [10, 13], undefined, [50, 50], [10.5, 17]]);
  });
});
