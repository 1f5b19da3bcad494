import { render, screen } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import type { EditorInput } from '../../shared/workbench-layout';
import PageView from './PageView.svelte';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';

const show = (input: EditorInput) =>
  render(PageView, { props: { knowledgeBase, input }, context: fakeWorkbench().context });
const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('PageView', () => {
  it('shows the page for each kind of item', () => {
    const cases: [EditorInput, string][] = [
      [{ kind: 'condition', id: knowledgeBase.conditions[0]!.id }, knowledgeBase.conditions[0]!.name],
      [{ kind: 'exercise', id: knowledgeBase.exercises[0]!.id }, knowledgeBase.exercises[0]!.name],
      [{ kind: 'topic', id: knowledgeBase.topics[0]!.id }, knowledgeBase.topics[0]!.name],
      [{ kind: 'red-flag', id: knowledgeBase.redFlags[0]!.id }, knowledgeBase.redFlags[0]!.name],
    ];
    for (const [input, name] of cases) {
      const { unmount } = show(input);
      expect(title()).toBe(name);
      expect(screen.getByRole('heading', { level: 1 }).closest('article')!.dataset['kind']).toBe(input.kind);
      unmount();
    }
  });

  it('says clearly when a restored tab names an item that is no longer there', () => {
    show({ kind: 'exercise', id: 'an-exercise-removed-in-an-update' });
    expect(title()).toBe('This item is no longer in the knowledge base');
    expect(screen.getByText('an-exercise-removed-in-an-update')).toBeTruthy();
  });

  it('does not take an id of one kind for another kind', () => {
    show({ kind: 'topic', id: knowledgeBase.exercises[0]!.id });
    expect(title()).toBe('This item is no longer in the knowledge base');
  });
});
