import { describe, expect, it } from 'vitest';
import { formatKbIssue } from '../core/kb/knowledge-base';
import { minimalFiles, writeKnowledgeBase } from '../../tests/support/minimal-knowledge-base';
import { loadKnowledgeBase } from './load-knowledge-base';

describe('loadKnowledgeBase', () => {
  it('accepts a valid knowledge base', async () => {
    const dataDir = writeKnowledgeBase(minimalFiles());
    expect((await loadKnowledgeBase(dataDir, `${dataDir}/..`)).ok).toBe(true);
  });

  it('rejects a figure in a pose no body can take, with the other problems, naming file, item and pose', async () => {
    const files = minimalFiles().map((f) =>
      f.path === 'data/figures/bridge.yaml'
        ? { ...f, text: f.text.replace('knee: 100', 'knee: -60') }
        : f.path === 'data/conditions/tendon.yaml'
          ? { ...f, text: f.text.replace('{ id: bridge }', '{ id: brige }') }
          : f,
    );
    const dataDir = writeKnowledgeBase(files);
    const result = await loadKnowledgeBase(dataDir, `${dataDir}/..`);
    if (result.ok) throw new Error('expected the knowledge base to be rejected');
    const messages = result.issues.map(formatKbIssue);
    expect(messages).toContain(
      'data/conditions/tendon.yaml › tendon › management[0].exercises[0].id: unknown exercise "brige"',
    );
    expect(messages).toContain(
      'data/figures/bridge.yaml › bridge › poses[0].workLeg.knee: pose "start": working leg knee flexion -60° is outside the human range -5..160°',
    );
  });
});
