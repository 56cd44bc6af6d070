import { describe, expect, it } from 'vitest';
import { closestPoint } from '../../../src/lib/geometry';
import { describeFilters, localDate } from '../../../src/lib/view-summary';
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
