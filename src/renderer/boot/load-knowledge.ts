import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { searchDocumentKeysFromKb } from '../../core/search/search-documents';
import { SearchEngine, type SearchIndexSnapshot } from '../../core/search/search-engine';
import { BOOT_ASSET_ATTRIBUTE, BOOT_ASSETS, type BootAssetName } from '../../shared/boot-assets';
import { SEARCH_READY_MARK } from '../../shared/boot-marks';

export type BootAssetUrls = Record<BootAssetName, string>;

export interface LoadedKnowledge {
  knowledgeBase: KnowledgeBase;
  searchEngine: SearchEngine;
}

/** Why the app cannot start: shown to the user as it is, so written for them. */
export class BootError extends Error {
  override name = 'BootError';
}

/** The data files' URLs, from the preload links the build wrote into index.html. */
export function bootAssetUrls(document: Document): BootAssetUrls {
  const urlOf = (name: BootAssetName) => {
    const link = document.querySelector<HTMLLinkElement>(`link[${BOOT_ASSET_ATTRIBUTE}="${name}"]`);
    if (!link) throw new BootError(`This copy of Stride Atlas is incomplete: index.html does not name its ${name} file. Reinstall or rebuild it.`);
    return link.href;
  };
  return { [BOOT_ASSETS.knowledgeBase]: urlOf(BOOT_ASSETS.knowledgeBase), [BOOT_ASSETS.searchIndex]: urlOf(BOOT_ASSETS.searchIndex) };
}

async function fetchJson(fetchFile: typeof fetch, name: BootAssetName, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new BootError(`The ${name} file could not be opened (${url}): ${(error as Error).message}`);
  }
  if (!response.ok) throw new BootError(`The ${name} file could not be opened (${url}): ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BootError(`The ${name} file is damaged (${url}): ${(error as Error).message}. Reinstall or rebuild Stride Atlas.`);
  }
}

/** Cheap checks that the parsed file is a knowledge base: it was fully validated when built. */
function asKnowledgeBase(value: unknown, url: string): KnowledgeBase {
  const kb = value as Partial<Record<keyof KnowledgeBase, unknown>> | null;
  const lists: (keyof KnowledgeBase)[] = ['conditions', 'exercises', 'topics', 'redFlags', 'regions', 'findings', 'synonyms'];
  if (typeof kb !== 'object' || kb === null || !lists.every((key) => Array.isArray(kb[key]))) {
    throw new BootError(`The knowledge-base file is not a knowledge base (${url}). Reinstall or rebuild Stride Atlas.`);
  }
  return kb as KnowledgeBase;
}

/**
 * Fetches the knowledge base and its prebuilt search index in parallel and imports the index.
 * A search index that cannot be used (damaged, or made from other data) is rebuilt from the
 * knowledge base instead, which costs tens of milliseconds; a knowledge base that cannot be read
 * is a BootError.
 */
export async function loadKnowledge(urls: BootAssetUrls, fetchFile: typeof fetch = fetch): Promise<LoadedKnowledge> {
  const [kbResult, indexResult] = await Promise.allSettled([
    fetchJson(fetchFile, BOOT_ASSETS.knowledgeBase, urls[BOOT_ASSETS.knowledgeBase]),
    fetchJson(fetchFile, BOOT_ASSETS.searchIndex, urls[BOOT_ASSETS.searchIndex]),
  ]);
  if (kbResult.status === 'rejected') throw kbResult.reason;
  const knowledgeBase = asKnowledgeBase(kbResult.value, urls[BOOT_ASSETS.knowledgeBase]);
  let searchEngine: SearchEngine | undefined;
  try {
    if (indexResult.status === 'rejected') throw indexResult.reason;
    searchEngine = SearchEngine.fromSnapshot(indexResult.value as SearchIndexSnapshot, knowledgeBase.synonyms, searchDocumentKeysFromKb(knowledgeBase));
    if (!searchEngine) throw new Error('it was made from other data');
  } catch (error) {
    console.warn(`Stride Atlas: rebuilding the search index (${(error as Error).message}).`);
    searchEngine = SearchEngine.fromKnowledgeBase(knowledgeBase);
  }
  performance.mark(SEARCH_READY_MARK);
  return { knowledgeBase, searchEngine };
}
