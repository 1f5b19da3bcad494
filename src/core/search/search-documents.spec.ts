import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { documentKeys, searchDocumentKeysFromKb, searchDocumentsFromKb } from './search-documents';

describe('search documents', async () => {
  const kb = await loadBundledKnowledgeBase();

  it('names the documents at start-up exactly as building them would, in the same order', () => {
    const keys = searchDocumentKeysFromKb(kb);
    expect(keys).toBe(documentKeys(searchDocumentsFromKb(kb)));
    expect(keys.split(',')).toHaveLength(
      kb.conditions.length + kb.exercises.length + kb.topics.length + kb.redFlags.length,
    );
  });
});
