import { afterEach, describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { SearchEngine } from '../../core/search/search-engine';
import { SEARCH_READY_MARK } from '../../shared/boot-marks';
import { bootAssetUrls, BootError, fetchDataFiles } from './fetch-data-files';
import { loadKnowledge } from './load-knowledge';

const kb = knowledgeBase as KnowledgeBase;
const URLS = {
  'knowledge-base': 'https://app.test/assets/knowledge-base-1.json',
  'search-index': 'https://app.test/assets/search-index-1.json',
};
const GOOD = {
  [URLS['knowledge-base']]: JSON.stringify(kb),
  [URLS['search-index']]: JSON.stringify(SearchEngine.fromKnowledgeBase(kb).snapshot()),
};

/** A fetch serving `files`; records what was asked and holds answers until every request is in. */
function fakeFetch(files: Record<string, string | number>) {
  const requested: string[] = [];
  const fetchFile = vi.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    // Answer only once both requests are in: they must be made in parallel, not one after another.
    await vi.waitFor(() => expect(requested).toHaveLength(2), { timeout: 1000 });
    const body = files[url];
    return typeof body === 'string'
      ? new Response(body, { status: 200 })
      : new Response('', { status: body ?? 404, statusText: 'Not Found' });
  });
  return { fetchFile: fetchFile as unknown as typeof fetch, requested };
}

/** Start-up as main.ts runs it: the boot script's fetch, then the import. */
const start = async (files: Record<string, string | number>) =>
  loadKnowledge(await fetchDataFiles(URLS, fakeFetch(files).fetchFile));

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMarks();
  document.head.replaceChildren();
});

describe('loading the knowledge base and its search index at start-up', () => {
  it('fetches both files at once and returns the knowledge base with a ready search engine', async () => {
    const { fetchFile, requested } = fakeFetch(GOOD);
    const loaded = loadKnowledge(await fetchDataFiles(URLS, fetchFile));
    expect(requested.sort()).toEqual(Object.values(URLS).sort());
    expect(loaded.knowledgeBase.conditions.length).toBe(kb.conditions.length);
    expect(loaded.searchEngine.search('clamshell').hits[0]?.id).toBe('clamshell');
    expect(performance.getEntriesByName(SEARCH_READY_MARK)).toHaveLength(1);
  });

  it('says which file is damaged when the knowledge base is not valid JSON', async () => {
    const failure = start({ ...GOOD, [URLS['knowledge-base']]: '{"conditions": [oops' });
    await expect(failure).rejects.toBeInstanceOf(BootError);
    await expect(failure).rejects.toThrow(
      /^The knowledge-base file is damaged \(https:\/\/app\.test\/assets\/knowledge-base-1\.json\)/,
    );
  });

  it('says when the knowledge base cannot be opened or is not a knowledge base', async () => {
    await expect(start({ ...GOOD, [URLS['knowledge-base']]: 404 })).rejects.toThrow(
      'The knowledge-base file could not be opened (https://app.test/assets/knowledge-base-1.json): 404 Not Found',
    );
    await expect(start({ ...GOOD, [URLS['knowledge-base']]: '[1, 2]' })).rejects.toThrow(
      'The knowledge-base file is not a knowledge base',
    );
  });

  it('reports a failed request as a result, not a rejection, so the boot script never leaves an unhandled error', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const files = await fetchDataFiles(URLS, offline);
    expect(files['knowledge-base']).toMatchObject({ status: 'rejected', reason: expect.any(BootError) });
    expect(() => loadKnowledge(files)).toThrow(
      'The knowledge-base file could not be opened (https://app.test/assets/knowledge-base-1.json): Failed to fetch',
    );
  });

  it('rebuilds the search index from the knowledge base when the index file is damaged or missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const index of ['not json', 404, JSON.stringify({ format: 0 })]) {
      const loaded = await start({ ...GOOD, [URLS['search-index']]: index });
      expect(loaded.searchEngine.search('trochantric').hits[0]?.id).toBe('gluteal-tendinopathy');
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]?.[0]).toContain('rebuilding the search index');
  });

  it('finds the files from the preload links the build writes into index.html', () => {
    document.head.innerHTML =
      '<link rel="preload" as="fetch" href="./assets/knowledge-base-ab.json" data-boot-asset="knowledge-base">' +
      '<link rel="preload" as="fetch" href="./assets/search-index-cd.json" data-boot-asset="search-index">';
    const urls = bootAssetUrls(document);
    expect(urls['knowledge-base']).toMatch(/\/assets\/knowledge-base-ab\.json$/);
    expect(urls['search-index']).toMatch(/\/assets\/search-index-cd\.json$/);
    document.head.replaceChildren();
    expect(() => bootAssetUrls(document)).toThrow(BootError);
  });
});
