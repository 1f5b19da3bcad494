import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { searchDocumentKeysFromKb } from '../../src/core/search/search-documents';
import { SearchEngine, type SearchIndexSnapshot } from '../../src/core/search/search-engine';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';
import { minimalFiles, writeKnowledgeBase } from '../../tests/support/minimal-knowledge-base';
import { knowledgeAssets, knowledgeAssetsPlugin, preloadTags } from './knowledge-assets-plugin';

async function minimalKb(files = minimalFiles()): Promise<{ dir: string; kb: KnowledgeBase }> {
  const dir = writeKnowledgeBase(files);
  const result = await loadKnowledgeBase(dir, `${dir}/..`);
  if (!result.ok) throw new Error('the minimal knowledge base should be valid');
  return { dir, kb: result.kb };
}

/** Runs the plugin's build start the way Vite does; returns the files it emitted. */
async function buildStart(dataDir: string): Promise<{ fileName: string; source: string }[]> {
  const plugin = knowledgeAssetsPlugin(dataDir);
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.configResolved as unknown as (config: { command: string }) => void)({ command: 'build' });
  await (plugin.buildStart as unknown as (this: typeof context) => Promise<void>).call(context);
  return emitted;
}

describe('the knowledge base and search index written beside the renderer', () => {
  it('emits both as JSON with content-hashed names, the index importable into a working engine', async () => {
    const { dir, kb } = await minimalKb();
    const emitted = await buildStart(dir);
    expect(emitted.map((f) => f.fileName)).toEqual([
      expect.stringMatching(/^assets\/knowledge-base-[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^assets\/search-index-[0-9a-f]{10}\.json$/),
    ]);
    const [kbFile, indexFile] = emitted;
    expect(JSON.parse(kbFile!.source)).toEqual(kb);
    const imported = SearchEngine.fromSnapshot(
      JSON.parse(indexFile!.source) as SearchIndexSnapshot,
      kb.synonyms,
      searchDocumentKeysFromKb(kb),
    );
    expect(imported?.search('bridge').hits[0]?.id).toBe('bridge');
  });

  it('gives changed content a new name, and the same content the same name', async () => {
    const { kb } = await minimalKb();
    const names = (k: KnowledgeBase) => knowledgeAssets(k, true).map((a) => a.fileName);
    expect(names(kb)).toEqual(names(structuredClone(kb)));
    const changed = { ...kb, exercises: kb.exercises.map((e) => ({ ...e, name: `${e.name} again` })) };
    const [before, after] = [names(kb), names(changed)];
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('fails the build with the file, item and field of a problem in data/', async () => {
    const files = minimalFiles().map((f) =>
      f.path === 'data/conditions/tendon.yaml'
        ? { ...f, text: f.text.replace('{ id: bridge }', '{ id: bridge-of-sighs }') }
        : f,
    );
    await expect(buildStart(writeKnowledgeBase(files))).rejects.toThrow(
      'data/conditions/tendon.yaml › tendon › management[0].exercises[0].id: unknown exercise "bridge-of-sighs"',
    );
  });

  it('announces each file in index.html as a preload the page’s own fetch reuses', async () => {
    const { kb } = await minimalKb();
    const tags = preloadTags(knowledgeAssets(kb, true));
    expect(tags.map((t) => t.attrs)).toEqual([
      expect.objectContaining({
        rel: 'preload',
        as: 'fetch',
        crossorigin: 'anonymous',
        href: expect.stringMatching(/^\.\/assets\/knowledge-base-/),
        'data-boot-asset': 'knowledge-base',
      }),
      expect.objectContaining({
        rel: 'preload',
        as: 'fetch',
        crossorigin: 'anonymous',
        href: expect.stringMatching(/^\.\/assets\/search-index-/),
        'data-boot-asset': 'search-index',
      }),
    ]);
  });
});
