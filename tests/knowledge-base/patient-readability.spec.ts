import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';
import { patientTexts, sentences, wordCount } from './patient-texts';

/** A reading age of about 12: short sentences, and short on average. */
const MAX_WORDS_PER_SENTENCE = 22;
const MAX_AVERAGE_WORDS = 15;

describe('patient texts are short and plain', async () => {
  const texts = patientTexts(await loadBundledKnowledgeBase());

  it(`no patient sentence is longer than ${MAX_WORDS_PER_SENTENCE} words`, () => {
    const long = texts.flatMap(({ where, text }) =>
      sentences(text)
        .filter((s) => wordCount(s) > MAX_WORDS_PER_SENTENCE)
        .map((s) => `${where}: (${wordCount(s)} words) ${s}`),
    );
    expect(long, long.join('\n')).toEqual([]);
  });

  it(`patient texts average at most ${MAX_AVERAGE_WORDS} words a sentence`, () => {
    const all = texts.flatMap(({ text }) => sentences(text));
    const average = all.reduce((n, s) => n + wordCount(s), 0) / Math.max(1, all.length);
    expect(average).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });

  it('the sentence measure counts words as a reader would', () => {
    expect(sentences('Rest for two days. Then walk! Does it hurt?')).toHaveLength(3);
    expect(wordCount('Lie on your side — knees bent, feet together.')).toBe(8);
  });
});
