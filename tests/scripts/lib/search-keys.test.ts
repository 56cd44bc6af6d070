import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../scripts/lib/search-keys';

describe('searchKeys', () => {
  it('runs the toneless syllables of a name together, and their initials', () => {
    expect(searchKeys('宗关')).toEqual({ py: 'zongguan', ini: 'zg' });
    expect(searchKeys('长丰大道')).toEqual({ py: 'changfengdadao', ini: 'cfdd' });
    // Syllables that start with a vowel keep it, toneless: 二 → e, 安 → a.
    expect(searchKeys('古田二路')).toEqual({ py: 'gutianerlu', ini: 'gtel' });
    expect(searchKeys('安')).toEqual({ py: 'an', ini: 'a' });
  });

  it('keeps digits and latin letters, and drops punctuation', () => {
    expect(searchKeys('65中北片')).toEqual({ py: '65zhongbeipian', ini: '65zbp' });
    expect(searchKeys('武汉四中·博学中学')).toEqual({ py: 'wuhansizhongboxuezhongxue', ini: 'whszbxzx' });
  });

  it('gives empty keys for a name with nothing to spell', () => {
    expect(searchKeys('')).toEqual({ py: '', ini: '' });
    expect(searchKeys('·（）')).toEqual({ py: '', ini: '' });
  });
});
