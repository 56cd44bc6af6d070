import { describe, expect, it } from 'vitest';
import { anchorAllowanceM, PRECISION_TOLERANCE_M, uncertaintyM } from '../../../src/schema/precision';

describe('what each precision promises', () => {
  it('allows 50 m for exact, 300 m for street, 800 m for approximate and 25 m of slack for an area', () => {
    expect(PRECISION_TOLERANCE_M).toEqual({ exact: 50, street: 300, approximate: 800, area: 25 });
  });

  it('shows an uncertainty only for street and approximate placements', () => {
    expect([uncertaintyM('exact'), uncertaintyM('street'), uncertaintyM('approximate'), uncertaintyM('area')]).toEqual([0, 300, 800, 0]);
  });

  it('lets a point or line lie its tolerance from any anchor, whatever the relation', () => {
    expect(anchorAllowanceM('exact', 'at')).toBe(50);
    expect(anchorAllowanceM('street', 'within')).toBe(300);
    expect(anchorAllowanceM('approximate', 'beside')).toBe(800);
  });

  it('holds an area to 25 m of what it contains and street distance of anything else it cites', () => {
    expect(anchorAllowanceM('area', 'within')).toBe(25);
    expect(anchorAllowanceM('area', 'at')).toBe(300);
    expect(anchorAllowanceM('area', 'along')).toBe(300);
  });
});
