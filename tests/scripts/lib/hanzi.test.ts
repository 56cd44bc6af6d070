import { describe, expect, it } from 'vitest';
import { foldPairs, toSimplified } from '../../../scripts/lib/hanzi';

describe('foldPairs', () => {
  it('writes each traditional form of a character in the names before it, the pairs sorted and each once', () => {
    expect(foldPairs(['汉口体育馆', '宗关', '关'])).toBe('漢汉舘馆關关館馆體体');
  });

  it('lists every traditional form that folds to one simplified character', () => {
    expect(foldPairs(['干'])).toBe('乾干幹干榦干');
  });

  it('adds nothing for names with no traditional forms, or for a character OpenCC maps to itself', () => {
    expect(foldPairs(['宗口育', 'abc'])).toBe('');
    expect(foldPairs(['𠌥'])).toBe('');
  });
});

describe('toSimplified', () => {
  it('converts a traditional name, phrases before characters', () => {
    expect(toSimplified('漢口體育館')).toBe('汉口体育馆');
    expect(toSimplified('乾燥')).toBe('干燥');
    // A phrase OpenCC keeps whole, though 乾 alone becomes 干.
    expect(toSimplified('乾隆')).toBe('乾隆');
  });
});
