import { pinyin } from 'pinyin-pro';
import type { SearchKeys } from '../../src/schema/records';

const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Pinyin keys for a Chinese name: full syllables run together and their initials ("宗关" → zongguan, zg). */
export function searchKeys(nameZh: string): SearchKeys {
  return {
    py: clean(pinyin(nameZh, { toneType: 'none', type: 'array' })),
    ini: clean(pinyin(nameZh, { pattern: 'first', toneType: 'none', type: 'array' })),
  };
}
