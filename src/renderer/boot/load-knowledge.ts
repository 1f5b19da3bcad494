import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { searchDocumentKeysFromKb } from '../../core/search/search-documents';
import { SearchEngine, type SearchIndexSnapshot } from '../../core/search/search-engine';
import { BOOT_ASSETS } from '../../shared/boot-assets';
import { SEARCH_READY_MARK } from '../../shared/boot-marks';
import { BootError, type DataFiles } from './fetch-data-files';

export interface LoadedKnowledge {
  knowledgeBase: KnowledgeBase;
  searchEngine: SearchEngine;
}

/** Cheap checks that the parsed file is a knowledge base: it was fully validated when built. */
function asKnowledgeBase(value: unknown): KnowledgeBase {
  const kb = value as Partial<Record<keyof KnowledgeBase, unknown>> | null;
  const lists: (keyof KnowledgeBase)[] = [
    'conditions',
    'exercises',
    'topics',
    'redFlags',
    'regions',
    'findings',
    'synonyms',
  ];
  if (typeof kb !== 'object' || kb === null || !lists.every((key) => Array.isArray(kb[key]))) {
    throw new BootError('The knowledge-base file is not a knowledge base. Reinstall or rebuild Stride Atlas.');
  }
  return kb as KnowledgeBase;
}

/**
 * The knowledge base and its search engine from the fetched files, importing the prebuilt index.
 * A search index that cannot be used (damaged, or made from other data) is rebuilt from the
 * knowledge base instead, which costs tens of milliseconds; a knowledge base that cannot be read
 * is a BootError.
 */
export function loadKnowledge(files: DataFiles): LoadedKnowledge {
  const kbFile = files[BOOT_ASSETS.knowledgeBase];
  if (kbFile.status === 'rejected') throw kbFile.reason;
  const knowledgeBase = asKnowledgeBase(kbFile.value);
  const indexFile = files[BOOT_ASSETS.searchIndex];
  let searchEngine: SearchEngine | undefined;
  try {
    if (indexFile.status === 'rejected') throw indexFile.reason;
    searchEngine = SearchEngine.fromSnapshot(
      indexFile.value as SearchIndexSnapshot,
      knowledgeBase.synonyms,
      searchDocumentKeysFromKb(knowledgeBase),
    );
    if (!searchEngine) throw new Error('it was made from other data');
  } catch (error) {
    console.warn(`Stride Atlas: rebuilding the search index (${(error as Error).message}).`);
    searchEngine = SearchEngine.fromKnowledgeBase(knowledgeBase);
  }
  performance.mark(SEARCH_READY_MARK);
  return { knowledgeBase, searchEngine };
}
