import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';

/** Every string value in a piece of data, with where it is, skipping the fields that hold ids. */
function texts(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' || key === 'sources' || key === 'basis' || key.endsWith('Id') || key.endsWith('Ids')) continue;
      texts(v, `${path}.${key}`, out);
    }
  }
}

describe('the knowledge base text', async () => {
  const kb = await loadBundledKnowledgeBase();

  it('never prints a source id where a reader expects words', () => {
    const sourceIds = kb.sources.map((s) => s.id).filter((id) => id.includes('-'));
    const found: string[] = [];
    for (const [kind, items] of [
      ['condition', kb.conditions],
      ['exercise', kb.exercises],
      ['topic', kb.topics],
      ['red flag', kb.redFlags],
    ] as const) {
      for (const item of items) {
        const all: { path: string; text: string }[] = [];
        texts(item, `${kind} ${item.id}`, all);
        for (const { path, text } of all)
          for (const id of sourceIds) if (text.includes(id)) found.push(`${path}: "${id}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
