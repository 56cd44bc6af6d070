import { describe, expect, it } from 'vitest';
import type { Position } from '../../../../scripts/lib/geo/positions';
import { relateRings } from '../../../../scripts/lib/geo/relate';

/** A closed square ring with its lower-left corner at (x, y). */
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const sorted = (ps: Position[]) => ps.map((p) => p.join(',')).sort();
const relation = (a: Position[], b: Position[]) => relateRings(a, b).relation;

describe('relateRings', () => {
  it('calls two rings with the same corners identical, whatever corner they start from', () => {
    const b: Position[] = [[4, 0], [4, 4], [0, 4], [0, 0], [4, 0]];
    const { relation: r, contacts } = relateRings(square(0, 0, 4), b);
    expect(r).toBe('identical');
    expect(sorted(contacts)).toEqual(['0,0', '0,4', '4,0', '4,4']);
  });

  it('does not call rings identical when one has a corner more or fewer', () => {
    const five: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [-1, 2], [0, 0]];
    expect(relation(five, square(0, 0, 4))).toBe('contains');
    expect(relation(square(0, 0, 4), five)).toBe('inside');
  });

  it('sees a ring overlap another whose corners all lie on its boundary', () => {
    const half: Position[] = [[0, 0], [4, 0], [4, 4], [0, 0]];
    expect(relation(half, square(0, 0, 4))).toBe('inside');
    expect(relation(square(0, 0, 4), half)).toBe('contains');
  });

  it('finds boundaries crossing between corners, with the crossing points once each', () => {
    const { relation: r, contacts } = relateRings(square(0, 0, 4), square(2, 2, 4));
    expect(r).toBe('crossing');
    expect(sorted(contacts)).toEqual(['2,4', '4,2']);
  });

  it('tells a ring inside another from one containing it, with no contacts', () => {
    expect(relateRings(square(1, 1, 2), square(0, 0, 4))).toEqual({ relation: 'inside', contacts: [] });
    expect(relateRings(square(0, 0, 4), square(1, 1, 2))).toEqual({ relation: 'contains', contacts: [] });
  });

  it('calls rings apart outside, also when they share an edge or a corner', () => {
    expect(relateRings(square(0, 0, 4), square(10, 10, 1))).toEqual({ relation: 'outside', contacts: [] });
    expect(relation(square(4, 0, 4), square(0, 0, 4))).toBe('outside');
    const corner = relateRings(square(4, 4, 4), square(0, 0, 4));
    expect(corner).toEqual({ relation: 'outside', contacts: [[4, 4]] });
  });

  it('returns the one point where a hole touches its outer ring', () => {
    const hole: Position[] = [[0, 0], [2, 1], [1, 2], [0, 0]];
    expect(relateRings(hole, square(0, 0, 4))).toEqual({ relation: 'inside', contacts: [[0, 0]] });
    const a: Position[] = [[0, 0], [4, 0], [2, 2], [0, 0]];
    const touching = relateRings(a, square(0, 0, 4));
    expect(touching.relation).toBe('inside');
    expect(sorted(touching.contacts)).toEqual(['0,0', '4,0']);
  });

  it('calls rings crossing when an edge of one cuts a notch of the other between its samples', () => {
    const notched: Position[] = [[-5, -5], [0.5, -5], [1, 0.5], [1.5, -5], [10, -5], [10, 10], [-5, 10], [-5, -5]];
    const { relation: r, contacts } = relateRings(square(0, 0, 4), notched);
    expect(r).toBe('crossing');
    expect(contacts).toHaveLength(2);
  });

  it('lets a corner of one rest on an edge of the other without calling them crossing', () => {
    const resting: Position[] = [[2, 0], [3, 1], [1, 1], [2, 0]];
    expect(relateRings(resting, square(0, 0, 4))).toEqual({ relation: 'inside', contacts: [[2, 0]] });
    expect(relateRings(square(0, 0, 4), resting)).toEqual({ relation: 'contains', contacts: [[2, 0]] });
  });

  it('calls a ring crossing that pokes one corner into another whose own corners and edge middles all stay outside it', () => {
    const poke: Position[] = [[-2, 2.5], [1, 3], [-2, 3.5], [-2, 2.5]];
    expect(relation(square(0, 0, 4), poke)).toBe('crossing');
    expect(relation(poke, square(0, 0, 4))).toBe('crossing');
  });

  it('calls rings crossing when they meet only at corners but one has corners on both sides of the other', () => {
    const diamond: Position[] = [[4, 1], [6, 2], [4, 3], [2, 2], [4, 1]];
    expect(relation(diamond, square(0, 0, 4))).toBe('crossing');
    expect(relation(square(0, 0, 4), diamond)).toBe('crossing');
  });

  it('calls the same outline drawn with an extra corner along an edge crossing, not apart', () => {
    const withMidpoint: Position[] = [[0, 0], [2, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    expect(relation(withMidpoint, square(0, 0, 4))).toBe('crossing');
    expect(relation(square(0, 0, 4), withMidpoint)).toBe('crossing');
  });
});
