import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../../src/lib/report/linker';
import { cutBlock, type Piece } from '../../../../src/lib/report/pieces';

const link = (start: number, end: number, id: string): Anchor => ({ start, end, kind: 'feature', ids: [id] });
const shape = (pieces: Piece[]) => pieces.map((p) => [p.start, p.end, p.anchor?.ids[0] ?? null, p.runs.map((r) => [r.start, r.end, r.classes.join('+')])]);

describe('cutBlock', () => {
  it('gives a block with no anchors or marks as one loose piece of one plain run', () => {
    expect(shape(cutBlock({ start: 5, end: 9 }, [], []))).toEqual([[5, 9, null, [[5, 9, '']]]]);
  });

  it('keeps anchors of other blocks out, even one that starts inside and ends past the block', () => {
    const anchors = [link(0, 4, 'before'), link(8, 12, 'across'), link(20, 24, 'after')];
    expect(shape(cutBlock({ start: 5, end: 10 }, anchors, []))).toEqual([[5, 10, null, [[5, 10, '']]]]);
  });

  it('cuts a mark that starts before the block or ends after it at the block edge', () => {
    const marks = [
      { start: 0, end: 7, cls: 'find' },
      { start: 8, end: 15, cls: 'flash' },
    ];
    expect(shape(cutBlock({ start: 5, end: 10 }, [], marks))).toEqual([[5, 10, null, [[5, 7, 'find'], [7, 8, ''], [8, 10, 'flash']]]]);
  });

  it('leaves out marks wholly before or after the block', () => {
    const marks = [
      { start: 0, end: 4, cls: 'before' },
      { start: 11, end: 15, cls: 'after' },
      { start: 0, end: 5, cls: 'touching' },
    ];
    expect(shape(cutBlock({ start: 5, end: 10 }, [], marks))).toEqual([[5, 10, null, [[5, 10, '']]]]);
  });

  it('joins two touching marks of one class into one run', () => {
    const marks = [
      { start: 1, end: 3, cls: 'find' },
      { start: 3, end: 5, cls: 'find' },
    ];
    expect(shape(cutBlock({ start: 0, end: 6 }, [link(0, 6, 'a')], marks))).toEqual([[0, 6, 'a', [[0, 1, ''], [1, 5, 'find'], [5, 6, '']]]]);
  });

  it('cuts runs where the classes change, inside and outside links', () => {
    const marks = [
      { start: 0, end: 10, cls: 'sentence' },
      { start: 3, end: 5, cls: 'find' },
    ];
    expect(shape(cutBlock({ start: 0, end: 10 }, [link(5, 8, 'a')], marks))).toEqual([
      [0, 5, null, [[0, 3, 'sentence'], [3, 5, 'sentence+find']]],
      [5, 8, 'a', [[5, 8, 'sentence']]],
      [8, 10, null, [[8, 10, 'sentence']]],
    ]);
  });

  it('puts two links that touch in two pieces, and a mark over both in each', () => {
    const pieces = cutBlock({ start: 0, end: 6 }, [link(0, 3, 'a'), link(3, 6, 'b')], [{ start: 2, end: 4, cls: 'find' }]);
    expect(shape(pieces)).toEqual([
      [0, 3, 'a', [[0, 2, ''], [2, 3, 'find']]],
      [3, 6, 'b', [[3, 4, 'find'], [4, 6, '']]],
    ]);
  });
});
