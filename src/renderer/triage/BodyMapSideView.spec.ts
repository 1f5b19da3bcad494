import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import BodyMapSideView from './BodyMapSideView.svelte';
import { TriageSession } from './triage-session.svelte';

function setup(session = new TriageSession(knowledgeBase)) {
  const { actions, context } = fakeWorkbench({
    // As the workbench does: its "New patient" command clears the triage session (and more).
    runCommand: vi.fn((id: string) => {
      if (id === 'triage.newPatient') session.clear();
    }),
  });
  render(BodyMapSideView, { props: { knowledgeBase, session }, context });
  return { session, actions };
}

describe('BodyMapSideView', () => {
  it('opens the body map with the triage command', async () => {
    const { actions } = setup();
    expect(screen.getByText(/No patient yet/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Open body map' }));
    expect(actions.runCommand).toHaveBeenCalledWith('triage.open');
  });

  it('sums up the patient so far: areas, answers, red flags and the best fits', () => {
    const session = new TriageSession(knowledgeBase);
    session.toggle('groin', 'right');
    session.answer('worsens-during-run', 'yes');
    session.answer('load-increase', 'yes');
    setup(session);
    expect(screen.getByText(/Right groin/).textContent).toContain('main pain');
    expect(screen.getByText('2 questions answered')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Red flags' }).textContent).toMatch(/stress fracture/);
    const best = session.result.candidates[0]!;
    expect(screen.getByRole('button', { name: best.name })).toBeTruthy();
  });

  it('"New patient" clears the session, and is off when there is nothing to clear', async () => {
    const session = new TriageSession(knowledgeBase);
    session.toggle('calf', 'left');
    setup(session);
    await fireEvent.click(screen.getByRole('button', { name: 'New patient' }));
    expect(session.isEmpty).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'New patient' }).disabled).toBe(true);
    expect(screen.getByText(/No patient yet/)).toBeTruthy();
  });
});
