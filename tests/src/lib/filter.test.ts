import { describe, expect, it } from 'vitest';
import { passesFilters } from '../../../src/lib/filter';

const all = { categories: ['road', 'park'], statuses: ['planned', 'completed'], years: [2022, 2023] } as const;
const road = { category: 'road', status: 'planned', years: [2023] } as const;

describe('passing the filters', () => {
  it('passes a feature whose category, status and one of its years are all on', () => {
    expect(passesFilters(road, all)).toBe(true);
    expect(passesFilters({ ...road, years: [2022, 2023] }, { ...all, years: [2022] })).toBe(true);
  });

  it('stops a feature when any one of the three is off', () => {
    expect(passesFilters(road, { ...all, categories: ['park'] })).toBe(false);
    expect(passesFilters(road, { ...all, statuses: ['completed'] })).toBe(false);
    expect(passesFilters(road, { ...all, years: [2022] })).toBe(false);
    expect(passesFilters({ ...road, years: [] }, all)).toBe(false);
  });
});
