import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import type { ClinicalTest } from '../../core/kb/clinical-test-schema';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import ClinicalTestPage from './ClinicalTestPage.svelte';

const tests: ClinicalTest[] = knowledgeBase.tests;
const testById = (id: string) => tests.find((t) => t.id === id)!;
const sectionNamed = (name: string) => screen.getByRole('region', { name });
const normalised = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

function show(id: string) {
  const workbench = fakeWorkbench();
  return {
    ...render(ClinicalTestPage, { props: { knowledgeBase, id }, context: workbench.context }),
    calls: workbench.calls,
  };
}

describe('ClinicalTestPage', () => {
  it('says what it looks for, how to do it, what is positive and what a result suggests', () => {
    const test = testById('trendelenburg-sign');
    show(test.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(test.name);
    expect(screen.getByText('Clinical test')).toBeTruthy();
    expect(sectionNamed('What it looks for').textContent).toContain(test.purpose.trim());
    expect(sectionNamed('How to do it').textContent).toContain(test.how.trim());
    expect(sectionNamed('Positive result').textContent).toContain(test.positive.trim());
    expect(sectionNamed('What a result suggests').textContent).toContain(test.interpretation.trim());
  });

  it('tabulates each study: target, population, sensitivity, specificity, both ratios and the source', () => {
    const test = testById('trendelenburg-sign');
    show(test.id);
    const table = within(sectionNamed('Accuracy')).getByRole('table', { name: 'Accuracy of the test, by study' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(test.accuracy.length);
    const first = normalised(rows[0]!);
    expect(first).toContain('Gluteal tendinopathy');
    expect(first).toContain('Population: 3 studies with 78 participants');
    for (const figure of ['0.61', '0.92', '6.83', '0.25', 'Reiman et al. 2013']) expect(first).toContain(figure);
  });

  it('shows a ratio it computed as computed, and a figure the study did not give as not reported', () => {
    // ACR criteria: sensitivity 0.86 and specificity 0.75, no ratio stated; FABER's first study: sensitivity only.
    const { unmount } = show('acr-hip-oa-clinical-criteria');
    expect(normalised(sectionNamed('Accuracy'))).toContain('3.4 (computed)');
    unmount();
    show('faber');
    const firstStudy = within(sectionNamed('Accuracy')).getAllByRole('row')[1]!;
    expect(normalised(firstStudy)).toContain('0.82');
    expect(within(firstStudy).getAllByText('not reported')).toHaveLength(3);
  });

  it('says "not established" with the reason where no accuracy study exists', () => {
    const test = testById('log-roll');
    show(test.id);
    const accuracy = sectionNamed('Accuracy');
    expect(within(accuracy).queryByRole('table')).toBeNull();
    expect(normalised(accuracy)).toContain('Not established.');
    expect(normalised(accuracy)).toContain(test.notEstablished!.trim().replace(/\s+/g, ' ').slice(0, 40));
    expect(sectionNamed('Reliability').textContent).toContain('Kappa 0.61');
  });

  it('links the conditions it is evidence for, and opens one', async () => {
    const { calls } = show('trendelenburg-sign');
    const links = within(sectionNamed('Conditions it is evidence for')).getAllByRole('link');
    const names = links.map((l) => l.textContent?.trim());
    const glutealTendinopathy = knowledgeBase.conditions.find((c) => c.id === 'gluteal-tendinopathy')!;
    expect(names).toContain(glutealTendinopathy.name);
    await fireEvent.click(links.find((l) => l.textContent?.trim() === glutealTendinopathy.name)!);
    expect(calls.open).toEqual([[{ kind: 'condition', id: 'gluteal-tendinopathy' }, {}]]);
  });

  it('can be a favourite but is not a handout item', async () => {
    const { calls } = show('fadir');
    expect(screen.queryByRole('button', { name: 'Add to handout' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Favourite' }));
    expect(calls.toggleFavourite).toEqual([{ kind: 'clinical-test', id: 'fadir' }]);
  });

  // A sweep of the whole knowledge base: seconds in jsdom on two busy cores.
  it('renders every clinical test, and says so for one that is gone', { timeout: 30_000 }, () => {
    for (const t of tests) {
      const { unmount } = show(t.id);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t.name);
      unmount();
    }
    show('gone-test');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This item is no longer in the knowledge base');
  });
});
