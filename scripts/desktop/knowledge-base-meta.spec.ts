import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import electronViteConfig from '../../electron.vite.config';
import { DATA_DIR } from '../../src/node/repository-paths';
import { readKnowledgeBaseMeta } from './knowledge-base-meta';

describe('the knowledge base version in the main process', () => {
  it('is compiled in from data/meta.yaml by the desktop build', () => {
    const meta = parse(readFileSync(join(DATA_DIR, 'meta.yaml'), 'utf8')) as { version: string; updated: string };
    expect(readKnowledgeBaseMeta()).toEqual({ version: meta.version, updated: meta.updated });
    const config = electronViteConfig as { main?: { define?: Record<string, string> } };
    expect(JSON.parse(config.main?.define?.['__KNOWLEDGE_BASE_META__'] ?? 'null')).toEqual(meta);
  });

  it('fails the build with the file named when meta.yaml is invalid', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stride-atlas-meta-'));
    writeFileSync(join(dataDir, 'meta.yaml'), 'version: one\nupdated: 2026-11-22\n');
    expect(() => readKnowledgeBaseMeta(dataDir)).toThrow(
      `${join(dataDir, 'meta.yaml')} is invalid: must be a semantic version`,
    );
  });
});
