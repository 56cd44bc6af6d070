import { describe, expect, it } from 'vitest';
import type { ValidatedData } from '../../../../scripts/lib/validate/index';
import { coverageSummary } from '../../../../scripts/lib/validate/summary';

type Mention = { year: number; status: string };
/** A feature reduced to what the summary reads. */
const feature = (precision: string, ...mentions: Mention[]) => ({ geometry: null, properties: { geocode: { precision }, mentions } });
const m = (year: number, status: string): Mention => ({ year, status });

function summary(parts: Partial<Record<keyof ValidatedData, unknown>>): string[] {
  return coverageSummary({ layers: [], basemap: [], indicators: undefined, unmapped: undefined, source: undefined, ...parts } as ValidatedData);
}

describe('coverageSummary', () => {
  it('says "none yet" for every part that is missing or empty', () => {
    expect(summary({})).toEqual(['features: none yet', 'basemap: none yet', 'indicators: none yet', 'unmapped: none yet']);
    expect(summary({ layers: [{ name: 'park', file: 'p', features: [] }] })[0]).toBe('features: none yet');
  });

  it('counts one layer and one feature named in both years in the singular', () => {
    expect(summary({ layers: [{ name: 'park', features: [feature('area', m(2022, 'completed'), m(2023, 'planned'))] }] }).slice(0, 5)).toEqual([
      'features: 1 in 1 layer',
      '  by layer: park 1',
      '  by status: completed 1, underway 0, planned 0, context 0',
      '  by precision: exact 0, street 0, approximate 0, area 1',
      '  mentions: 2 (1 feature named in both years)',
    ]);
  });

  it('counts features by layer, by their furthest status and by precision, always in the schema order', () => {
    const layers = [
      { name: 'road', features: [feature('street', m(2023, 'planned')), feature('exact', m(2022, 'context'), m(2022, 'underway'))] },
      { name: 'park', features: [feature('street', m(2022, 'context'))] },
    ];
    expect(summary({ layers }).slice(0, 5)).toEqual([
      'features: 3 in 2 layers',
      '  by layer: road 2, park 1',
      '  by status: completed 0, underway 1, planned 1, context 1',
      '  by precision: exact 1, street 2, approximate 0, area 0',
      '  mentions: 4 (0 features named in both years)',
    ]);
  });

  it('lists basemap layers with their counts, indicators by kind and unmapped items by reason, unknown ones sorted after', () => {
    const lines = summary({
      basemap: [
        { layer: 'water', features: [1, 2] },
        { layer: 'metro', features: [] },
      ],
      indicators: [{ kind: 'commitment' }, { kind: 'commitment' }, { kind: 'trend' }, { kind: 'aim' }],
      unmapped: [{ reason: 'programme' }, { reason: 'citywide' }, { reason: 'programme' }],
    });
    expect(lines).toEqual([
      'features: none yet',
      'basemap: water 2, metro 0',
      'indicators: 4 (headline 0, commitment 2, aim 1, trend 1)',
      'unmapped: 3 (citywide 1, programme 2)',
    ]);
  });
});
