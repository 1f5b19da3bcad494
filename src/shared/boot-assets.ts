/**
 * The data files the renderer fetches at start-up. The build writes them next to the JavaScript
 * (hashed names) and announces each in index.html as `<link rel="preload" as="fetch"
 * data-boot-asset="…">`, so the browser starts fetching them while the JavaScript still loads.
 */
export const BOOT_ASSETS = {
  /** The compiled knowledge base (`KnowledgeBase` as JSON). */
  knowledgeBase: 'knowledge-base',
  /** The search index built from it (`SearchIndexSnapshot` as JSON). */
  searchIndex: 'search-index',
} as const;

export type BootAssetName = (typeof BOOT_ASSETS)[keyof typeof BOOT_ASSETS];

export const BOOT_ASSET_ATTRIBUTE = 'data-boot-asset';
