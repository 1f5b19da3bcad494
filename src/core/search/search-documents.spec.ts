import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../node/load-knowledge-base';
import { documentKeys, searchDocumentKeysFromKb, searchDocumentsFromKb } from './search-documents';

describe('search documents', async () => {
  const loaded = await loadKnowledgeBase();
  if (!loaded.ok) throw new Error('knowledge base does not load');
  const kb = loaded.kb;

  it('names the documents at start-up exactly as building them would, in the same order', () => {
    const keys = searchDocumentKeysFromKb(kb);
    expect(keys).toBe(documentKeys(searchDocumentsFromKb(kb)));
    expect(keys.split(',')).toHaveLength(kb.conditions.length + kb.exercises.length + kb.topics.length + kb.redFlags.length);
  });
});
