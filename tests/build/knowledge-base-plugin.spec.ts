import { describe, expect, it } from 'vitest';
import { knowledgeBasePlugin, RESOLVED_ID } from '../../scripts/vite/knowledge-base-plugin';
import { minimalFiles, writeKnowledgeBase } from '../support/minimal-knowledge-base';

/** Calls the plugin's load hook the way Vite does, with `this.error` throwing as Vite's does. */
async function load(dataDir: string): Promise<string> {
  const plugin = knowledgeBasePlugin(dataDir);
  const context = {
    addWatchFile: () => {},
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = plugin.load as unknown as (this: typeof context, id: string) => Promise<string>;
  return hook.call(context, RESOLVED_ID);
}

describe('the knowledge base compiled into the build', () => {
  it('is the validated data as a module', async () => {
    const code = await load(writeKnowledgeBase(minimalFiles()));
    expect(code).toMatch(/^export default JSON\.parse\(/);
    expect(code).toContain('tendon');
  });

  it('fails the build with the file, item and field of a dangling reference', async () => {
    const files = minimalFiles().map((f) =>
      f.path === 'data/conditions/tendon.yaml'
        ? { ...f, text: f.text.replace('{ id: bridge }', '{ id: bridge-of-sighs }') }
        : f,
    );
    await expect(load(writeKnowledgeBase(files))).rejects.toThrow(
      'data/conditions/tendon.yaml › tendon › management[0].exercises[0].id: unknown exercise "bridge-of-sighs"',
    );
  });
});
