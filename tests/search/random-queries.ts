/**
 * Random search input for the fuzz test and its benchmark (scripts/bench/search-bench.ts): any
 * script, control characters, broken surrogates, emoji, up to 10,000 characters.
 */

/** A small seeded PRNG (mulberry32) so a failure can be reproduced. */
export function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz     ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  '.*+?^${}()|[]\\/\'"`~!@#%&=<>-_,;:',
  'àéîõüçñßøłžšěőű',
  'αβγδεζηθλμπσφωΔΣΩ',
  'абвгдежзийклмнопрстуфхцчшщыэюя',
  'אבגדהוזחטיכלמנסעפצקרשת',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  '漢字仮名交じり文',
  '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u200b\u200e\u200f\u202e\ufeff',
];
const EMOJI = ['🏃', '🏃‍♀️', '🔥', '👍🏽', '🇬🇧', '\ud83d', '\udc00'];

export function randomQuery(next: () => number): string {
  const roll = next();
  const length = roll < 0.05 ? 10_000 : roll < 0.15 ? Math.floor(next() * 1000) : Math.floor(next() * 40);
  let out = '';
  const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)]!;
  while (out.length < length) {
    out += next() < 0.05 ? EMOJI[Math.floor(next() * EMOJI.length)]! : alphabet[Math.floor(next() * alphabet.length)]!;
  }
  return out;
}
