import { describe, expect, it } from 'vitest';
import {
  findUnsupportedCharacters,
  formatCodePoint,
  isCovered,
  parseFontCoverage,
  type FontCoverage,
} from './font-coverage';
import { HANDOUT_FONT_COVERAGE } from './handout-font-coverage';

const tiny: FontCoverage = {
  family: 'T',
  version: '1',
  ranges: [
    [32, 126],
    [0xe9, 0xe9],
    [0x391, 0x3a9],
  ],
};

describe('font coverage', () => {
  it('looks code points up in the ranges', () => {
    expect(isCovered(65, tiny)).toBe(true);
    expect(isCovered(0xe9, tiny)).toBe(true);
    expect(isCovered(0xe8, tiny)).toBe(false);
    expect(isCovered(0x3a0, tiny)).toBe(true);
    expect(isCovered(0x1f600, tiny)).toBe(false);
  });

  it('reports each missing character once, ignoring line breaks and tabs', () => {
    expect(findUnsupportedCharacters('Aè\nè\tΩ😀', tiny)).toEqual([
      { character: 'è', codePoint: 'U+00E8' },
      { character: '😀', codePoint: 'U+1F600' },
    ]);
    expect(formatCodePoint(0x4e2d)).toBe('U+4E2D');
  });

  it('compares in NFC, as the PDF prints', () => {
    expect(findUnsupportedCharacters('e\u0301', tiny)).toEqual([]);
  });

  it('the handout font draws Latin, Greek and Cyrillic names, but not CJK or emoji', () => {
    const names = [
      'Zoë',
      'Łukasz',
      'Ørsted',
      'Çelik',
      'Nguyễn',
      'Şükrü Ğ',
      'Ελένη Παπαδοπούλου',
      'Дмитрий Шостакович',
      'Їжак Ґанок',
      'Žofia Čapek',
      '“quoted” – dash … ×·•',
    ];
    for (const name of names) expect(findUnsupportedCharacters(name, HANDOUT_FONT_COVERAGE), name).toEqual([]);
    expect(findUnsupportedCharacters('李 😀', HANDOUT_FONT_COVERAGE).map((c) => c.codePoint)).toEqual([
      'U+674E',
      'U+1F600',
    ]);
  });

  it('rejects malformed coverage data', () => {
    expect(() => parseFontCoverage({ family: 'x', version: '1', ranges: [[5, 1]] })).toThrow(/bad range/);
    expect(() =>
      parseFontCoverage({
        family: 'x',
        version: '1',
        ranges: [
          [1, 5],
          [3, 9],
        ],
      }),
    ).toThrow(/bad range/);
    expect(() => parseFontCoverage(null)).toThrow();
  });
});
