import { describe, expect, it } from 'vitest';
import { formatKbIssue } from './knowledge-base';
import { minimalFiles } from '../../../tests/support/minimal-knowledge-base';
import { parseKnowledgeBase, type KbSourceFile } from './parse-knowledge-base';
import { BODY_REGION_IDS } from './vocabulary';

function replace(files: KbSourceFile[], path: string, edit: (text: string) => string): KbSourceFile[] {
  return files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
}

function messages(files: KbSourceFile[]): string[] {
  const result = parseKnowledgeBase(files);
  if (result.ok) throw new Error('expected the knowledge base to be rejected');
  return result.issues.map(formatKbIssue);
}

describe('parseKnowledgeBase', () => {
  it('accepts a valid knowledge base and sorts items by id', () => {
    const result = parseKnowledgeBase(minimalFiles());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.kb.conditions.map((c) => c.id)).toEqual(['tendon']);
      expect(result.kb.synonyms).toEqual([['ITB', 'iliotibial band']]);
      expect(result.kb.regions).toHaveLength(BODY_REGION_IDS.length);
    }
  });

  it('names the file, item and field of a dangling exercise reference', () => {
    const files = replace(minimalFiles(), 'data/conditions/tendon.yaml', (t) =>
      t.replace('{ id: bridge }', '{ id: brige }'),
    );
    expect(messages(files)).toEqual([
      'data/conditions/tendon.yaml › tendon › management[0].exercises[0].id: unknown exercise "brige"',
    ]);
  });

  it('reports unknown findings, regions, sources and red flags', () => {
    let files = replace(minimalFiles(), 'data/conditions/tendon.yaml', (t) =>
      t
        .replace('id: warms-up', 'id: warm-up')
        .replace('redFlags: [night]', 'redFlags: [nite]')
        .replace('sources: [article]\n', 'sources: [artcle]\n'),
    );
    files = replace(files, 'data/exercises/bridge.yaml', (t) => t.replace('equipment: [mat]', 'equipment: [yoga-mat]'));
    const found = messages(files);
    expect(found).toContain('data/conditions/tendon.yaml › tendon › findings.for[0].id: unknown finding "warm-up"');
    expect(found).toContain('data/conditions/tendon.yaml › tendon › redFlags[0]: unknown red flag "nite"');
    expect(found).toContain('data/conditions/tendon.yaml › tendon › sources[0]: unknown source "artcle"');
    expect(found.some((m) => m.startsWith('data/exercises/bridge.yaml › bridge › equipment[0]:'))).toBe(true);
  });

  it('rejects a misspelt field name instead of dropping the content', () => {
    const files = replace(minimalFiles(), 'data/exercises/bridge.yaml', (t) => t.replace('cues:', 'queues:'));
    const found = messages(files);
    expect(found.some((m) => m.includes('bridge.yaml › bridge') && /queues/.test(m))).toBe(true);
  });

  it('reports YAML syntax errors with a line number', () => {
    const files = replace(minimalFiles(), 'data/exercises/bridge.yaml', (t) =>
      t.replace('name: Bridge', 'name: [Bridge'),
    );
    expect(messages(files)[0]).toMatch(/^data\/exercises\/bridge\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('requires the id to match the file name and to be unique across kinds', () => {
    const renamed = replace(minimalFiles(), 'data/exercises/bridge.yaml', (t) =>
      t.replace('id: bridge', 'id: bridges'),
    );
    expect(messages(renamed)).toContain(
      'data/exercises/bridge.yaml › bridges › id: id must match the file name "bridge"',
    );
    const clash = [...minimalFiles(), { path: 'data/topics/tendon.yaml', text: 'id: tendon' }];
    expect(messages(clash).some((m) => m.includes('topics/tendon.yaml'))).toBe(true);
  });

  it('reports a missing file and an unexpected one', () => {
    const files = minimalFiles().filter((f) => f.path !== 'data/findings.yaml');
    files.push({ path: 'data/notes.yaml', text: 'x: 1' });
    const found = messages(files);
    expect(found).toContain('data/findings.yaml: file is missing');
    expect(found).toContain('data/notes.yaml: unexpected file: the knowledge base does not know what this file holds');
  });

  it('refuses a finding listed both for and against one condition', () => {
    const files = replace(minimalFiles(), 'data/conditions/tendon.yaml', (t) =>
      t.replace('against: []', 'against: [{ id: warms-up, weight: 1 }]'),
    );
    expect(messages(files)).toContain(
      'data/conditions/tendon.yaml › tendon › findings: finding "warms-up" is listed both for and against',
    );
  });
});
