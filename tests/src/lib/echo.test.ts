import { describe, expect, it } from 'vitest';
import { echo } from '../../../src/lib/echo';

describe('echo', () => {
  it('repeats a short query as typed, trimmed', () => {
    expect(echo('  宗关  ')).toBe('宗关');
  });

  it('cuts a pasted page to the limit with an ellipsis, by characters not UTF-16 units', () => {
    expect(echo('a'.repeat(100_000))).toBe(`${'a'.repeat(24)}…`);
    expect(echo('𠀀'.repeat(30), 3)).toBe('𠀀𠀀𠀀…');
  });

  it('keeps a query of exactly the limit whole, and cuts one character more', () => {
    expect(echo('a'.repeat(24))).toBe('a'.repeat(24));
    expect(echo('a'.repeat(25))).toBe(`${'a'.repeat(24)}…`);
    expect(echo('𠀀'.repeat(3), 3)).toBe('𠀀𠀀𠀀');
    expect(echo('𠀀'.repeat(4), 3)).toBe('𠀀𠀀𠀀…');
    expect(echo('   ')).toBe('');
  });
});
