import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { formatKbIssue, type KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { SearchEngine } from '../../src/core/search/search-engine';
import { loadKnowledgeBase } from '../../src/node/load-knowledge-base';
import { DATA_DIR } from '../../src/node/repository-paths';
import { BOOT_ASSET_ATTRIBUTE, BOOT_ASSETS, type BootAssetName } from '../../src/shared/boot-assets';

export interface KnowledgeAsset {
  name: BootAssetName;
  /** Path inside the build folder (and URL path relative to index.html). */
  fileName: string;
  source: string;
}

/**
 * The two files the renderer fetches at start-up: the knowledge base, and the search index built
 * from it (importing the index takes the renderer a few milliseconds; building it, about sixty).
 * With `hashed`, each name carries a hash of its content, so a new build is never mixed with an
 * old cached file.
 */
export function knowledgeAssets(kb: KnowledgeBase, hashed: boolean): KnowledgeAsset[] {
  const files: [BootAssetName, string][] = [
    [BOOT_ASSETS.knowledgeBase, JSON.stringify(kb)],
    [BOOT_ASSETS.searchIndex, JSON.stringify(SearchEngine.fromKnowledgeBase(kb).snapshot())],
  ];
  return files.map(([name, source]) => {
    const hash = hashed ? `-${createHash('sha256').update(source).digest('hex').slice(0, 10)}` : '';
    return { name, fileName: `assets/${name}${hash}.json`, source };
  });
}

/** `<link rel="preload">` for each asset: the fetch starts while the JavaScript still loads. */
export function preloadTags(assets: readonly KnowledgeAsset[]): HtmlTagDescriptor[] {
  return assets.map((asset) => ({
    tag: 'link',
    // `crossorigin` makes the preload match the page's own fetch() (CORS mode, same-origin credentials).
    attrs: {
      rel: 'preload',
      as: 'fetch',
      crossorigin: 'anonymous',
      href: `./${asset.fileName}`,
      [BOOT_ASSET_ATTRIBUTE]: asset.name,
    },
    injectTo: 'head',
  }));
}

/**
 * Writes the knowledge base and its prebuilt search index as JSON files beside the renderer's
 * JavaScript (`npm run dev` serves them from memory, rebuilt when data/ changes). Keeping them out
 * of the JavaScript keeps the initial script small; the renderer fetches both in parallel
 * (src/renderer/boot/load-knowledge.ts). An invalid knowledge base fails the build with the file,
 * item and field.
 */
export function knowledgeAssetsPlugin(dataDir: string = DATA_DIR): Plugin {
  let serving = false;
  let assets: Promise<KnowledgeAsset[]> | undefined;
  const compile = async (): Promise<KnowledgeAsset[]> => {
    const result = await loadKnowledgeBase(dataDir, dirname(dataDir));
    if (!result.ok)
      throw new Error(`The knowledge base in data/ is invalid:\n${result.issues.map(formatKbIssue).join('\n')}`);
    return knowledgeAssets(result.kb, !serving);
  };
  const current = () => (assets ??= compile());

  return {
    name: 'stride-atlas:knowledge-assets',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      if (serving) return;
      assets = undefined;
      try {
        for (const asset of await current())
          this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source });
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        // In `npm run dev` a broken data/ file must not break the page: the files' URLs do not
        // depend on content there, and fetching one reports the problem on screen.
        if (serving)
          return preloadTags(
            Object.values(BOOT_ASSETS).map((name) => ({ name, fileName: `assets/${name}.json`, source: '' })),
          );
        return preloadTags(await current());
      },
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dataDir)) return;
        assets = undefined;
        server.ws.send({ type: 'full-reload' });
      });
      // The handler answers every error itself, so nothing waits on its promise.
      server.middlewares.use((req, res, next) => void serveAsset(req, res, next));
      async function serveAsset(req: IncomingMessage, res: ServerResponse, next: () => void) {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const name = Object.values(BOOT_ASSETS).find((n) => path === `/assets/${n}.json`);
        if (!name) return next();
        try {
          const asset = (await current()).find((a) => a.name === name)!;
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
            .end(asset.source);
        } catch (error) {
          assets = undefined;
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end((error as Error).message);
        }
      }
    },
  };
}
