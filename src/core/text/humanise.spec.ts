import { describe, expect, it } from 'vitest';
import { humanise } from './humanise';

describe('humanise', () => {
  it('turns a kebab-case id into a sentence-case phrase', () => {
    expect(humanise('lying-on-back')).toBe('Lying on back');
    expect(humanise('resistance-band')).toBe('Resistance band');
  });

  it('keeps a single word and an empty id as they are, capitalised', () => {
    expect(humanise('strength')).toBe('Strength');
    expect(humanise('')).toBe('');
  });
});
