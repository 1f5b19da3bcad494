import { describe, expect, it } from 'vitest';
import compiledKnowledgeBase from 'virtual:knowledge-base';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { conditionTestLinks, testLinks } from './test-links';

const knowledgeBase: KnowledgeBase = compiledKnowledgeBase;
const lookup = createKbLookup(knowledgeBase);
const ids = (links: { input: { id: string } }[]) => links.map((l) => l.input.id);

describe('test links', () => {
  it('counts as evidence only the conditions an accuracy study is for, each once', () => {
    const fadir = lookup.test('fadir')!;
    const links = testLinks(lookup, fadir);
    // Both FADIR studies are for labral tear.
    expect(ids(links.evidenceFor)).toEqual(['labral-tear']);
    expect(ids(links.examinedIn)).toEqual(lookup.conditionsUsingTest('fadir').map((c) => c.id));
  });

  it('lists the related items not already linked, with their kinds, and skips unknown ids', () => {
    const links = testLinks(lookup, lookup.test('fadir')!);
    const shown = [...ids(links.evidenceFor), ...ids(links.examinedIn)];
    expect(ids(links.related).some((id) => shown.includes(id))).toBe(false);
    expect(links.related).toContainEqual({ input: { kind: 'clinical-test', id: 'log-roll' }, label: 'Log roll test' });
    const withUnknown = { ...lookup.test('fadir')!, related: ['no-such-item'] };
    expect(testLinks(lookup, withUnknown).related).toEqual([]);
  });

  it('links a condition to the tests its examination lists, in its order', () => {
    const condition = knowledgeBase.conditions.find((c) => (c.assessment.tests ?? []).length > 0)!;
    const links = conditionTestLinks(lookup, condition);
    expect(ids(links)).toEqual(condition.assessment.tests);
    expect(links.every((l) => l.input.kind === 'clinical-test')).toBe(true);
  });
});
