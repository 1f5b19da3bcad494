import { fireEvent, render, screen } from '@testing-library/svelte';
import compiledKnowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import ConditionTests from './ConditionTests.svelte';

const knowledgeBase: KnowledgeBase = compiledKnowledgeBase;
const lookup = createKbLookup(knowledgeBase);
const condition = (id: string) => knowledgeBase.conditions.find((c) => c.id === id)!;

describe('ConditionTests', () => {
  it('links each clinical test of the examination to its page, in order', async () => {
    const fai = condition('femoroacetabular-impingement');
    const workbench = fakeWorkbench();
    render(ConditionTests, { props: { condition: fai, lookup }, context: workbench.context });
    expect(screen.getByRole('heading', { level: 3, name: 'Clinical tests' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent?.trim())).toEqual(fai.assessment.tests!.map((id) => lookup.test(id)!.name));
    await fireEvent.click(links[0]!);
    expect(workbench.calls.open).toEqual([[{ kind: 'clinical-test', id: 'fadir' }, {}]]);
  });

  it('shows nothing for a condition whose examination lists no test', () => {
    const without = { ...condition('femoroacetabular-impingement'), assessment: { ask: ['a'], check: [] } };
    render(ConditionTests, { props: { condition: without, lookup }, context: fakeWorkbench().context });
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
