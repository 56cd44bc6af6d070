import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featurePropertiesSchema } from '../../../src/schema/feature';
import { ID_MAX_LENGTH, ID_RULE, isId } from '../../../src/schema/id';
import { DEFAULT_SHARE, parseHash, serializeHash } from '../../../src/store/url';

const idOfData = (id: string) => featurePropertiesSchema.shape.id.safeParse(id).success;
const idOfLink = (id: string) => parseHash(serializeHash({ ...DEFAULT_SHARE, selected: id })).state.selected === id;

describe('one id grammar for the data and the links', () => {
  it('opens a link to a feature whose id has more than 13 parts', () => {
    const id = 'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o';
    expect(idOfData(id)).toBe(true);
    expect(idOfLink(id)).toBe(true);
  });

  it('accepts in a link exactly the ids the schema accepts', () => {
    const slugish = fc.stringMatching(/^[a-z0-9-]{1,80}$/);
    const manyParts = fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 25, size: 'max' }).map((parts) => parts.join('-'));
    fc.assert(
      fc.property(fc.oneof(slugish, manyParts), (id) => {
        expect(idOfLink(id), id).toBe(idOfData(id));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses an id longer than 64 characters in the data and in a link', () => {
    const id = `a${'-b'.repeat(32)}`;
    expect(id.length).toBe(65);
    expect(idOfData(id)).toBe(false);
    expect(idOfLink(id)).toBe(false);
  });
});

describe('the id grammar', () => {
  it('takes words of letters and digits joined by single hyphens, each word of any length', () => {
    expect(['ab-cd', 'a-bc', 'ab-c', 'hanzhengjie-east-2'].map(isId)).toEqual([true, true, true, true]);
  });

  it('refuses a hyphen at either end, two together, and capitals', () => {
    expect(['-abc', 'abc-', 'a--b', 'Abc', 'abc-D'].map(isId)).toEqual([false, false, false, false, false]);
  });

  it('states its rule with the limit of 64 characters', () => {
    expect(ID_MAX_LENGTH).toBe(64);
    expect(ID_RULE).toBe('a lowercase ascii slug like "hanzhengjie-east", at most 64 characters');
  });
});
