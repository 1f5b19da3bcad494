import { HANDOUT_SCHEMA_VERSION } from '../../../src/core/handout/handout';

/** How a stored file was damaged, and what the app must do with it. */
export interface Corruption {
  kind: string;
  /** The stored text (or, for IndexedDB, any value). */
  stored: unknown;
  /** `newer`: left where it is and reported; `damaged`: moved aside and reported. */
  expected: 'damaged' | 'newer';
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * One randomly damaged version of a valid stored file `valid` (JSON text of a handout or template
 * whose id is `id`): truncated, wrong types, huge strings, deep nesting, another id, a newer
 * version, binary noise, or an empty or non-object file. Deterministic for a given random source.
 */
export function corrupt(valid: Record<string, unknown>, random: () => number): Corruption {
  const text = JSON.stringify(valid);
  const kinds: (() => Corruption)[] = [
    () => ({
      kind: 'truncated',
      stored: text.slice(0, 1 + Math.floor(random() * (text.length - 2))),
      expected: 'damaged',
    }),
    () => {
      const field = pick(random, ['exercises', 'options', 'conditions', 'createdAt', 'notes', 'topics']);
      const wrong = pick(random, [42, 'text', null, true, {}]);
      // "notes": "text" is no damage: a string where a string belongs becomes a number.
      const changed = { ...valid, [field]: typeof valid[field] === 'string' && typeof wrong === 'string' ? 42 : wrong };
      return { kind: 'wrong type', stored: JSON.stringify(changed), expected: 'damaged' };
    },
    () => ({
      kind: 'huge string',
      stored: JSON.stringify({ ...valid, notes: 'x'.repeat(5001 + Math.floor(random() * 200_000)) }),
      expected: 'damaged',
    }),
    () => {
      const depth = 1000 + Math.floor(random() * 20_000);
      return {
        kind: 'deep nesting',
        stored: `${text.slice(0, -1)},"notes":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        expected: 'damaged',
      };
    },
    () => ({
      kind: 'another id',
      stored: JSON.stringify({
        ...valid,
        id: pick(random, ['9b2c1a8e-4f6d-4e2b-8a7c-1d3e5f7a9b0c', 'not-a-uuid', '']),
      }),
      expected: 'damaged',
    }),
    () => ({
      kind: 'newer version',
      stored: JSON.stringify({ ...valid, schemaVersion: HANDOUT_SCHEMA_VERSION + 1 + Math.floor(random() * 50) }),
      expected: 'newer',
    }),
    () => ({
      kind: 'binary noise',
      stored: String.fromCharCode(
        ...Array.from({ length: 1 + Math.floor(random() * 500) }, () => Math.floor(random() * 256)),
      ),
      expected: 'damaged',
    }),
    () => ({ kind: 'not an object', stored: pick(random, ['', 'null', '[]', '42', '"handout"']), expected: 'damaged' }),
  ];
  return pick(random, kinds)();
}
