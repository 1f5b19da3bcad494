import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import { PHASE_LABELS } from '../../core/kb/vocabulary';
import ExercisePage from './ExercisePage.svelte';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';

const exerciseOf = (id: string) => knowledgeBase.exercises.find((e) => e.id === id)!;
const sectionNamed = (name: string) => screen.getByRole('region', { name });
const clamshell = exerciseOf('clamshell');
function show(id: string, kb = knowledgeBase) {
  const workbench = fakeWorkbench();
  return {
    ...render(ExercisePage, { props: { knowledgeBase: kb, id }, context: workbench.context }),
    calls: workbench.calls,
  };
}

describe('ExercisePage', () => {
  it('shows the animated figure with its controls, named after the exercise', () => {
    show(clamshell.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Clamshell');
    expect(screen.getByRole('img', { name: 'Clamshell' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^(Play|Pause) animation$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next position' })).toBeTruthy();
  });

  it('lists kind, level, starting position, sides, equipment, phases and targets in the facts header', () => {
    show(clamshell.id);
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    const fact = (label: string) => within(header).getByText(label).nextElementSibling!.textContent;
    expect(fact('Kind')).toBe('Strength');
    expect(fact('Level')).toBe('Beginner');
    expect(fact('Starting position')).toBe('Lying on side');
    expect(fact('Sides')).toBe('One side at a time');
    expect(fact('Equipment')).toBe('Mat, Loop band');
    expect(fact('Phases')).toBe(clamshell.phases.map((p) => PHASE_LABELS[p]).join(', '));
    expect(fact('Targets')).toBe(clamshell.targets.join(', '));
  });

  it('gives the default dosage per side, with its note and sources', () => {
    show(clamshell.id);
    const dosage = screen.getByRole('group', { name: 'Default dosage' });
    expect(dosage.textContent).toContain('3 sets × 15 reps each side · once a day · 3 days a week');
    expect(dosage.textContent).toContain(clamshell.dosage.note!);
    expect(dosage.textContent).toContain('Clinical consensus');
  });

  it('numbers the instructions in order and lists cues, mistakes and precautions (as a warning)', () => {
    show(clamshell.id);
    const steps = within(sectionNamed('How to do it')).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(clamshell.instructions);
    expect(steps[0]!.closest('ol')).not.toBeNull();
    expect(
      within(sectionNamed('Key cues'))
        .getAllByRole('listitem')
        .map((s) => s.textContent),
    ).toEqual(clamshell.cues);
    expect(
      within(sectionNamed('Common mistakes'))
        .getAllByRole('listitem')
        .map((s) => s.textContent),
    ).toEqual(clamshell.mistakes);
    const precautions = screen.getByRole('note', { name: 'Precautions' });
    expect(
      within(precautions)
        .getAllByRole('listitem')
        .map((s) => s.textContent),
    ).toEqual(clamshell.precautions);
    const summary = sectionNamed('Summary');
    expect(summary.textContent).toContain(clamshell.summary.clinician.trim());
    expect(summary.textContent).toContain(clamshell.summary.patient.trim());
  });

  it('links the easier and harder versions, and opens one on click', async () => {
    const raise = exerciseOf('side-lying-leg-raise');
    const { calls } = show(raise.id);
    const variants = sectionNamed('Easier and harder versions');
    const names = within(variants)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(names).toEqual([...raise.easier, ...raise.harder].map((id) => exerciseOf(id).name));
    await fireEvent.click(within(variants).getByRole('link', { name: 'Clamshell' }));
    expect(calls.open).toEqual([[{ kind: 'exercise', id: 'clamshell' }, {}]]);
  });

  it('lists the conditions that use it, with the phases they use it in', async () => {
    const { calls } = show(clamshell.id);
    const users = knowledgeBase.conditions.filter((c) =>
      c.management.some((m) => m.exercises.some((e) => e.id === clamshell.id)),
    );
    expect(users.length).toBeGreaterThan(0);
    const usedFor = sectionNamed('Used for');
    expect(
      within(usedFor)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(users.map((c) => c.name));
    const first = users[0]!;
    const phases = first.management
      .filter((m) => m.exercises.some((e) => e.id === clamshell.id))
      .map((m) => PHASE_LABELS[m.phase]);
    expect(within(usedFor).getAllByRole('listitem')[0]!.textContent).toContain(phases.join(', '));
    await fireEvent.dblClick(within(usedFor).getByRole('link', { name: first.name }));
    expect(calls.open.at(-1)).toEqual([{ kind: 'condition', id: first.id }, { pinned: true }]);
  });

  it('adds the exercise to the handout', async () => {
    const { calls } = show(clamshell.id);
    await fireEvent.click(screen.getByRole('button', { name: 'Add to handout' }));
    expect(calls.addToHandout).toEqual([{ kind: 'exercise', id: 'clamshell' }]);
    expect(screen.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('still shows an exercise that has no illustration', () => {
    show(clamshell.id, { ...knowledgeBase, figures: [] });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Clamshell');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('group', { name: 'Default dosage' })).toBeTruthy();
  });

  it('says so when the exercise is no longer in the knowledge base', () => {
    show('removed-exercise');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This item is no longer in the knowledge base');
  });
});
