import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import RedFlagPage from './RedFlagPage.svelte';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';

const flag = knowledgeBase.redFlags.find((f) => f.id === 'suspected-bone-stress-injury')!;
const findingLabel = (id: string) => knowledgeBase.findings.find((f) => f.id === id)!.label;
const regionLabel = (id: string) => knowledgeBase.regions.find((r) => r.id === id)!.label;
const sectionNamed = (name: string) => screen.getByRole('region', { name });
function show(id: string) {
  const workbench = fakeWorkbench();
  return {
    ...render(RedFlagPage, { props: { knowledgeBase, id }, context: workbench.context }),
    calls: workbench.calls,
  };
}

describe('RedFlagPage', () => {
  it('says what it is, how urgent it is, what to do and what the patient notices', () => {
    show(flag.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(flag.name);
    const todo = screen.getByRole('note', { name: 'What to do' });
    expect(todo.textContent).toContain(flag.action.trim());
    expect(todo.textContent).toContain('Urgent');
    expect(sectionNamed('What it is').textContent).toContain(flag.clinician.trim());
    expect(sectionNamed('What the patient notices').textContent).toContain(flag.patient);
  });

  it('spells out each pattern that raises it with finding and region labels', () => {
    show(flag.id);
    const patterns = within(sectionNamed('Patterns that raise it')).getAllByRole('listitem');
    expect(patterns).toHaveLength(flag.when.length);
    const first = flag.when[0]!;
    for (const id of [...(first.findingsAll ?? []), ...(first.findingsAny ?? [])])
      expect(patterns[0]!.textContent).toContain(findingLabel(id));
    for (const id of first.regionsAny ?? []) expect(patterns[0]!.textContent).toContain(regionLabel(id));
  });

  it('links the conditions that list it', async () => {
    const { calls } = show(flag.id);
    const listing = knowledgeBase.conditions.filter((c) => c.redFlags.includes(flag.id));
    const links = within(sectionNamed('Conditions that list it')).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(listing.map((c) => c.name));
    await fireEvent.click(links[0]!);
    expect(calls.open).toEqual([[{ kind: 'condition', id: listing[0]!.id }, {}]]);
  });

  it('can be a favourite but is not a handout item of its own', async () => {
    const { calls } = show(flag.id);
    expect(screen.queryByRole('button', { name: 'Add to handout' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Favourite' }));
    expect(calls.toggleFavourite).toEqual([{ kind: 'red-flag', id: flag.id }]);
  });

  // A sweep of the whole knowledge base: seconds in jsdom on two busy cores.
  it('renders every red flag, and says so for one that is gone', { timeout: 30_000 }, () => {
    for (const f of knowledgeBase.redFlags) {
      const { unmount } = show(f.id);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(f.name);
      unmount();
    }
    show('gone-flag');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This item is no longer in the knowledge base');
  });
});
