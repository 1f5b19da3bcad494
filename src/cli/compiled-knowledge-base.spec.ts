import { utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFiles, writeKnowledgeBase } from '../../tests/support/minimal-knowledge-base';
import { loadKnowledgeBase } from '../node/load-knowledge-base';
import { dataStamp, readCompiledKnowledgeBase, searchEngineFor } from './compiled-knowledge-base';
import { SearchEngine } from '../core/search/search-engine';

async function compile(dataDir: string): Promise<string> {
  const result = await loadKnowledgeBase(dataDir, join(dataDir, '..'));
  if (!result.ok) throw new Error('the minimal knowledge base should load');
  const file = join(dataDir, '..', 'knowledge-base.json');
  const searchIndex = SearchEngine.fromKnowledgeBase(result.kb).snapshot();
  writeFileSync(file, JSON.stringify({ stamp: await dataStamp(dataDir), kb: result.kb, searchIndex }));
  return file;
}

describe('the compiled knowledge base of the built CLI', () => {
  it('is used while data/ is as it was compiled, with its search index', async () => {
    const dataDir = writeKnowledgeBase(minimalFiles());
    const kb = await readCompiledKnowledgeBase(await compile(dataDir), dataDir);
    expect(kb?.conditions.map((c) => c.id)).toEqual(['tendon']);
    expect(searchEngineFor(kb!).search('tendon').hits[0]?.id).toBe('tendon');
  });

  it('is not used once a file of data/ has changed since', async () => {
    const dataDir = writeKnowledgeBase(minimalFiles());
    const file = await compile(dataDir);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dataDir, 'conditions', 'tendon.yaml'), later, later);
    expect(await readCompiledKnowledgeBase(file, dataDir)).toBeUndefined();
  });

  it('is not used when there is none (the CLI run from its sources)', async () => {
    expect(await readCompiledKnowledgeBase(join(tmpdir(), 'no-such-knowledge-base.json'))).toBeUndefined();
  });
});
