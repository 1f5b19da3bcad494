import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import { TriageSession } from './triage-session.svelte';
import TriageView from './TriageView.svelte';

function setup(session = new TriageSession(knowledgeBase)) {
  const { actions, context } = fakeWorkbench({
    // As the workbench does: its "New patient" command clears the triage session (and more).
    runCommand: vi.fn((id: string) => {
      if (id === 'triage.newPatient') session.clear();
    }),
  });
  const utils = render(TriageView, { props: { knowledgeBase, session }, context });
  return { session, actions, ...utils };
}

const questionFor = (findingId: string) => knowledgeBase.findings.find((f) => f.id === findingId)!.question;

/** The question's fieldset (found by its legend's text: role queries over ~50 fieldsets are slow in jsdom). */
const question = (findingId: string) => screen.getByText(questionFor(findingId)).closest('fieldset')!;

async function answer(findingId: string, option: 'Yes' | 'No' | 'Not sure') {
  await fireEvent.click(within(question(findingId)).getByRole('radio', { name: option }));
}

const candidateNames = () =>
  screen.queryAllByRole('article').map((a) => within(a).getByRole('heading', { level: 3 }).textContent);

describe('TriageView', () => {
  it('says plainly that it supports clinical reasoning and does not diagnose', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Body map and triage' })).toBeTruthy();
    expect(screen.getByText(/supports your clinical reasoning; it does not diagnose/)).toBeTruthy();
    expect(screen.getByText(/Mark where it hurts on the map, or answer any question/)).toBeTruthy();
  });

  it('ranks the conditions that fit the areas clicked on the map and the answers given', async () => {
    setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Left lateral hip (greater trochanter)' }));
    await answer('lying-on-side-pain', 'Yes');
    await answer('onset-gradual', 'Yes');
    const top = candidateNames().slice(0, 3);
    expect(top.some((name) => /gluteal tendinopathy/i.test(name ?? ''))).toBe(true);
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByText(/^(Strong|Possible|Weak) fit/)).toBeTruthy();
    expect(within(first).getByText(/Pain in: Lateral hip/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /^Marked areas/ }).textContent).toContain(
      'Left lateral hip (greater trochanter)',
    );
  });

  it('puts a red-flag banner saying what to do above everything else when a red-flag pattern is present', async () => {
    setup();
    expect(screen.queryByRole('alert')).toBeNull();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Right groin' }));
    await answer('worsens-during-run', 'Yes');
    await answer('load-increase', 'Yes');
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert.textContent).toMatch(/Red flag: Suspected femoral neck or pelvic stress fracture/);
    expect(alert.textContent).toMatch(/What to do:.*Stop running/);
    const firstList = document.querySelector('ul, ol')!;
    expect(alert.compareDocumentPosition(firstList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      alert.compareDocumentPosition(screen.getByRole('group', { name: /^Body map, / })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('opens a condition from the results and starts a handout with it', async () => {
    const { actions } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Right lateral knee' }));
    const first = screen.getAllByRole('article')[0]!;
    const name = within(first).getByRole('heading', { level: 3 }).textContent;
    const id = knowledgeBase.conditions.find((c) => c.name === name)!.id;
    await fireEvent.click(within(first).getByRole('button', { name: `Open ${name}` }));
    expect(actions.open).toHaveBeenCalledWith({ kind: 'condition', id }, { pinned: true });
    await fireEvent.click(within(first).getByRole('button', { name: `Start handout for ${name}` }));
    expect(actions.startHandout).toHaveBeenCalledWith(id);
  });

  it('asks each question as a named group of Yes, No and Not sure; a cleared answer is unanswered again', async () => {
    const { session } = setup();
    const group = screen.getByRole('group', { name: questionFor('night-pain') });
    expect(group).toBe(question('night-pain'));
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['yes', 'no', 'unsure']);
    await answer('night-pain', 'Not sure');
    expect(session.answers).toEqual({ 'night-pain': 'unsure' });
    expect(screen.getByText('1 answered')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the answer to “Night pain”' }));
    expect(session.answers).toEqual({});
    expect(
      within(question('night-pain'))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
  });

  it('records an examination test where it is offered, re-ranks, shows the reason, and clears it', async () => {
    const { session } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Right lateral hip (greater trochanter)' }));
    const tendinopathy = () =>
      screen
        .getAllByRole('article')
        .find((a) => /Gluteal tendinopathy/.test(within(a).getByRole('heading', { level: 3 }).textContent ?? ''))!;
    const rankBefore = candidateNames().findIndex((n) => /Gluteal tendinopathy/.test(n ?? ''));
    const tests = screen.getByRole('region', { name: /^Examination tests/ });
    const trendelenburg = within(tests).getByRole('group', { name: 'Result of Trendelenburg sign' });
    await fireEvent.click(within(trendelenburg).getByRole('button', { name: 'Positive' }));
    expect(session.tests).toEqual({ 'trendelenburg-sign': 'positive' });
    expect(within(trendelenburg).getByRole('button', { name: 'Positive' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('1 recorded')).toBeTruthy();
    const rankAfter = candidateNames().findIndex((n) => /Gluteal tendinopathy/.test(n ?? ''));
    expect(rankAfter).toBeLessThanOrEqual(rankBefore);
    expect(tendinopathy().textContent).toContain('Trendelenburg sign positive: LR+ 6.83 (Reiman et al. 2013)');
    await fireEvent.click(
      within(trendelenburg).getByRole('button', { name: 'Clear the result of Trendelenburg sign (not done)' }),
    );
    expect(session.tests).toEqual({});
    expect(tendinopathy().textContent).not.toContain('Trendelenburg sign positive');
  });

  it('records the test a candidate suggests checking next, on the candidate itself', async () => {
    const { session } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Left lateral hip (greater trochanter)' }));
    await answer('lying-on-side-pain', 'Yes');
    const card = screen
      .getAllByRole('article')
      .find((a) => session.result.candidates.some((c) => c.testToCheck && within(a).queryByText(c.name)))!;
    const suggested = session.result.candidates.find((c) => within(card).queryByText(c.name))!.testToCheck!;
    const picker = within(card).getByRole('group', { name: `Result of ${suggested.name}` });
    await fireEvent.click(within(picker).getByRole('button', { name: 'Negative' }));
    expect(session.tests).toEqual({ [suggested.id]: 'negative' });
  });

  it('marks areas as main pain or where it spreads, following the mode switch', async () => {
    const { session } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Pain spreads to' }));
    expect(screen.getByRole('button', { name: 'Pain spreads to' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Left anterior thigh' }));
    expect(session.roleOf('anterior-thigh', 'left')).toBe('spread');
    expect((screen.getByRole('combobox', { name: /Left anterior thigh/ }) as HTMLSelectElement).value).toBe('spread');
  });

  it('keeps the patient when the tab is closed and opened again, and "New patient" clears it', async () => {
    const first = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Left groin' }));
    await answer('clicking', 'Yes');
    first.unmount();

    setup(first.session);
    expect(screen.getByRole('checkbox', { name: 'Left groin' }).getAttribute('aria-checked')).toBe('true');
    expect(within(question('clicking')).getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    expect(candidateNames().length).toBeGreaterThan(0);

    await fireEvent.click(screen.getByRole('button', { name: 'New patient' }));
    expect(screen.getByRole('checkbox', { name: 'Left groin' }).getAttribute('aria-checked')).toBe('false');
    expect(candidateNames()).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/new patient/);
    expect((screen.getByRole('button', { name: 'New patient' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
