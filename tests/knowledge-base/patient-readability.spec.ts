import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';
import { jargonIn, patientTexts, sentences, wordCount } from './patient-texts';

/** A reading age of about 12: short sentences, and short on average. */
const MAX_WORDS_PER_SENTENCE = 22;
const MAX_AVERAGE_WORDS = 15;

describe('patient texts are short and plain', async () => {
  const kb = await loadBundledKnowledgeBase();
  const texts = patientTexts(kb);

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

  it('no patient sentence uses a clinical word without explaining it in the same sentence', () => {
    const names = kb.exercises.flatMap((e) => [e.name, ...e.aliases]);
    const unexplained = texts.flatMap(({ where, text }) =>
      sentences(text).flatMap((s) => jargonIn(s, names).map((word) => `${where}: "${word}" in: ${s}`)),
    );
    expect(unexplained, unexplained.join('\n')).toEqual([]);
  }, 30_000);

  it('the jargon check flags an unexplained word, and passes an explained one and an exercise name', () => {
    const names = ['Eccentric hip flexion with a band', 'Glute bridge'];
    expect(jargonIn('Do the isometric holds daily.', names)).toEqual(['isometric']);
    expect(jargonIn('Your lateral hip tendinopathy is settling.', names)).toEqual(['tendinopathy', 'lateral']);
    expect(jargonIn('Push without moving your leg (an isometric hold).', names)).toEqual([]);
    expect(
      jargonIn(
        'The tendons of your buttock muscles, on the outside of your hip, are sore (gluteal tendinopathy).',
        names,
      ),
    ).toEqual([]);
    expect(jargonIn('Do Eccentric hip flexion with a band, then 10 glute bridges.', names)).toEqual([]);
  });

  it('the sentence measure counts words as a reader would', () => {
    expect(sentences('Rest for two days. Then walk! Does it hurt?')).toHaveLength(3);
    expect(wordCount('Lie on your side — knees bent, feet together.')).toBe(8);
  });
});
