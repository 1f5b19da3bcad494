import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { SearchEngine } from '../../core/search/search-engine';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import { SearchViewState } from './search-view-state.svelte';
import SearchView from './SearchView.svelte';

const searchEngine = SearchEngine.fromKnowledgeBase(knowledgeBase);

function setup(query = '') {
  const state = new SearchViewState();
  state.query = query;
  const { actions, context } = fakeWorkbench();
  render(SearchView, { props: { knowledgeBase, searchEngine, state }, context });
  return { state, actions, input: screen.getByRole('searchbox', { name: 'Search the knowledge base' }) };
}

describe('SearchView', () => {
  it('groups results by kind with counts and highlights the matched words, as text not HTML', () => {
    setup('clamshell');
    const exercises = screen.getByRole('region', { name: /^Exercises: \d+/ });
    expect(within(exercises).getAllByRole('button')[0]!.textContent).toMatch(/Clamshell/i);
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('shows each exercise result with its start-pose picture, and no picture for other kinds', async () => {
    setup('clamshell');
    const exercises = screen.getByRole('region', { name: /^Exercises: \d+/ });
    const first = within(exercises).getAllByRole('button')[0]!;
    // The drawing code loads on first use; the picture follows as soon as it is in.
    await vi.waitFor(() => expect(first.querySelector('.thumbnail svg')).not.toBeNull(), {
      timeout: 20_000,
    });
    const conditions = screen.queryByRole('region', { name: /^Conditions: \d+/ });
    for (const hit of conditions ? within(conditions).getAllByRole('button') : [])
      expect(hit.querySelector('.thumbnail')).toBeNull();
  });

  it('narrows results with the kind filter and keeps the query in the shared state', async () => {
    const { state } = setup('hip');
    const kinds = () => screen.queryAllByRole('region').map((r) => r.getAttribute('aria-label')!.split(':')[0]);
    expect(kinds().length).toBeGreaterThan(1);
    await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'exercise' } });
    expect(kinds()).toEqual(['Exercises']);
    expect(state.query).toBe('hip');
  });

  it('walks the results with the arrow keys and opens with Enter (pinned) or Space (preview)', async () => {
    const { input, actions } = setup('gluteal tendinopathy');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = document.activeElement as HTMLElement;
    expect(first.classList.contains('hit')).toBe(true);
    await fireEvent.keyDown(first, { key: ' ' });
    expect(actions.open).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'condition' }), { pinned: false });
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(actions.open).toHaveBeenLastCalledWith(expect.anything(), { pinned: true });
  });

  it('says when nothing matches and offers the closest names', () => {
    setup('clamshelzzq');
    expect(screen.getByText(/No results for/)).toBeTruthy();
  });

  it('shows text that looks like markup as text', () => {
    setup('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('searchbox')).toHaveProperty('value', '<img src=x onerror=alert(1)>');
  });
});
