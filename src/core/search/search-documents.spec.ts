import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { documentKeys, searchDocumentKeysFromKb, searchDocumentsFromKb } from './search-documents';

describe('search documents', async () => {
  const kb = await loadBundledKnowledgeBase();

  it('names the documents at start-up exactly as building them would, in the same order', () => {
    const keys = searchDocumentKeysFromKb(kb);
    expect(keys).toBe(documentKeys(searchDocumentsFromKb(kb)));
    expect(keys.split(',')).toHaveLength(
      kb.conditions.length + kb.exercises.length + kb.topics.length + kb.redFlags.length + kb.tests.length,
    );
  });

  it('makes each clinical test a document, tagged with the regions of the conditions it examines for', () => {
    const fadir = searchDocumentsFromKb(kb).find((d) => d.kind === 'clinical-test' && d.id === 'fadir')!;
    expect(fadir.title).toMatch(/^FADIR/);
    expect(fadir.aliases).toContain('FADDIR');
    expect(fadir.tags.kind).toEqual(['clinical-test']);
    expect(fadir.tags.region).toContain('groin');
    expect(fadir.fields().terms).toContain('Hip labral tear');
  });
});
