import { bootAssetUrls, loadKnowledge, type LoadedKnowledge } from './load-knowledge';

/**
 * The knowledge base and its search index, asked for when this module evaluates. main.ts imports
 * it first, so the requests go out before the rest of the renderer's code evaluates (tens of
 * milliseconds on a slow machine) and the answers are waiting when main.ts begins. Parsing and the
 * index import still run after main.ts begins: nothing here can run until module evaluation ends.
 */
export const knowledgeLoading: Promise<LoadedKnowledge> = (async () => loadKnowledge(bootAssetUrls(document)))();
