/**
 * How text becomes search terms, identically for documents and queries: accents, case,
 * possessives and hyphens are folded away, and words are reduced to a light stem so "hurts",
 * "hurting" and "hurt" meet. The stemmer is deliberately conservative: clinical words must not
 * collapse into each other ("bursitis" stays "bursitis").
 */

/** Words that carry no meaning in a query ("pain on my side" → "pain side"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have having he her his how i if in into is it its ' +
    'just me my of off on once or our out over own she so than that the their them then there these they this those through to too ' +
    'under up until very was we were what when where which while who why will with would you your yours ' +
    'much many more most should shall may might must get gets getting got also any some about'
  ).split(' '),
);

const IRREGULAR: Readonly<Record<string, string>> = {
  lying: 'lie',
  lies: 'lie',
  ran: 'run',
  running: 'run',
  runs: 'run',
  runner: 'run',
  runners: 'run',
  worse: 'wors',
  worsens: 'wors',
  worsening: 'wors',
  feet: 'foot',
  women: 'woman',
  children: 'child',
};

/** Lowercase, accents removed, possessive 's dropped; keeps letters (any script) and digits. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '');
}

/** Splits normalized text into words; hyphens and punctuation separate words. */
export function words(normalized: string): string[] {
  return normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && 'aeiouy'.includes(ch);
}

function hasVowel(stem: string): boolean {
  for (const ch of stem) if (isVowel(ch)) return true;
  return false;
}

/** Undoes a doubled final consonant left by a suffix ("runn" → "run", "clipp" → "clip"). */
function undouble(stem: string): string {
  const last = stem[stem.length - 1];
  return stem.length > 3 && last === stem[stem.length - 2] && !isVowel(last) && !'lsz'.includes(last!)
    ? stem.slice(0, -1)
    : stem;
}

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(ss|us|is|ous)$/.test(w)) {
    // "stress", "gluteus", "bursitis", "nervous": not plurals.
  } else if (/(ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && hasVowel(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && hasVowel(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  return w;
}

export interface AnalyzedWord {
  /** The word as typed, normalized (used for prefix completion while typing). */
  raw: string;
  /** Its stem (used for matching whole words). */
  stem: string;
}

/** Words of a text with stop words removed (documents and queries alike). */
export function analyze(text: string): AnalyzedWord[] {
  return words(normalize(text))
    .filter((w) => !STOP_WORDS.has(w))
    .map((raw) => ({ raw, stem: stem(raw) }));
}

/**
 * The terms a document field is indexed under: every stem, plus the raw word where it differs,
 * so a half-typed word can be completed against either.
 */
export function indexTerms(text: string): string[] {
  const out = new Set<string>();
  for (const { raw, stem: s } of analyze(text)) {
    out.add(s);
    if (raw !== s) out.add(raw);
  }
  return [...out];
}

/**
 * `indexTerms` for analysing a whole corpus: each distinct word is stemmed once (a corpus repeats
 * a few thousand words millions of times). Use one per build; the cache grows with the vocabulary.
 */
export function corpusIndexTerms(): (text: string) => string[] {
  // The stem of each word seen so far; '' for a stop word.
  const stems = new Map<string, string>();
  return (text) => {
    const out = new Set<string>();
    for (const raw of words(normalize(text))) {
      let s = stems.get(raw);
      if (s === undefined) {
        s = STOP_WORDS.has(raw) ? '' : stem(raw);
        stems.set(raw, s);
      }
      if (s === '') continue;
      out.add(s);
      if (raw !== s) out.add(raw);
    }
    return [...out];
  };
}
