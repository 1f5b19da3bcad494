import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it, vi } from 'vitest';
import { createKbLookup } from '../../core/kb/kb-lookup';
import { HandoutSession } from './handout-session.svelte';
import OutcomeMeasures from './OutcomeMeasures.svelte';

const measures = knowledgeBase.outcomeMeasures;
const byShortName = (shortName: string) => measures.find((m) => m.shortName === shortName)!;

function show() {
  const session = new HandoutSession({
    lookup: createKbLookup(knowledgeBase),
    appApi: { saveUserFile: vi.fn(async () => {}) },
    now: () => new Date('2026-03-02T10:00:00Z'),
  });
  render(OutcomeMeasures, { props: { session, measures } });
  return session;
}

async function choose(shortName: string) {
  const measure = byShortName(shortName);
  await fireEvent.change(screen.getByRole('combobox', { name: 'Measure' }), { target: { value: measure.id } });
}

const answer = (label: string, value: string) =>
  fireEvent.input(screen.getByRole('spinbutton', { name: label }), { target: { value } });
const result = () => screen.getByRole('status', { name: /score$/ });

describe('OutcomeMeasures', () => {
  it('names an item by its number and, where the knowledge base gives one, its subject', async () => {
    show();
    await choose('LEFS');
    const lefs = byShortName('LEFS');
    const labels = screen.getAllByRole('spinbutton').map((field) => field.getAttribute('aria-label'));
    expect(labels).toHaveLength(20);
    expect(new Set(labels).size).toBe(20);
    expect(labels[16]).toBe(`Item 17: ${lefs.scales[0]!.subjects![16]}`);
    expect(screen.getByText('Item 17: running on uneven ground')).toBeTruthy();
  });

  it('names items by number only where no subjects are given, one field per item of each scale', async () => {
    show();
    await choose('HOOS-12');
    for (const scale of byShortName('HOOS-12').scales)
      expect(within(screen.getByRole('group', { name: scale.name })).getAllByRole('spinbutton')).toHaveLength(4);
    expect(screen.getByRole('spinbutton', { name: 'Quality of life, Item 4' })).toBeTruthy();
  });

  it('scores as the answers are typed, with the missing-item rule of the instrument', async () => {
    show();
    await choose('HOOS-12');
    expect(result().textContent).toContain('Pain: enter the answers to see the score.');
    await answer('Pain, Item 1', '1');
    expect(result().textContent).toContain('Pain: 1 of 4 answered; the score needs at least 2.');
    await answer('Pain, Item 2', '3');
    // Two of four answered: the missing items take the mean, 100 − 2 × 25.
    expect(result().textContent).toContain('Pain: 50');
    await answer('Pain, Item 3', '7');
    expect(result().textContent).toContain('Pain, item 3: 7 is outside 0–4.');
  });

  it('shows the important change and the acceptable state where they are published', async () => {
    show();
    await choose('iHOT-12');
    const thresholds = screen.getByText('MCII 14').closest('dl')!;
    expect(thresholds.textContent).toContain('PASS 63');
    await choose('HOOS-12');
    expect(screen.getByText(/No minimal important change for the HOOS-12/)).toBeTruthy();
  });

  it('keeps a score with the handout, and the next one shows the change against the MCID', async () => {
    const session = show();
    await choose('NPRS');
    await fireEvent.input(screen.getByLabelText('Date of the score'), { target: { value: '2026-02-02' } });
    await answer('Item 1', '7');
    await fireEvent.click(screen.getByRole('button', { name: 'Add score' }));
    expect(session.handout.outcomes).toEqual([
      { measureId: 'nprs', date: '2026-02-02', answers: [[7]], score: { pain: 7 } },
    ]);
    expect(session.dirty).toBe(true);

    await fireEvent.input(screen.getByLabelText('Date of the score'), { target: { value: '2026-03-02' } });
    await answer('Item 1', '3');
    const change = 'Since 2026-02-02: Improved by 4 points; the MCID is 2, so this is a change that matters.';
    expect(result().textContent).toContain(change);
    await fireEvent.click(screen.getByRole('button', { name: 'Add score' }));
    const history = screen.getByRole('list', { name: 'Scores kept with this handout' });
    expect(within(history).getAllByRole('listitem')[1]!.textContent).toContain(change);

    await fireEvent.click(screen.getByRole('button', { name: 'Remove the NPRS score of 2026-02-02' }));
    expect(session.handout.outcomes.map((o) => o.date)).toEqual(['2026-03-02']);
  });

  it('says why a score cannot be added, and adds nothing', async () => {
    const session = show();
    await choose('LEFS');
    await answer('Item 1: daily work or study', '4');
    await fireEvent.click(screen.getByRole('button', { name: 'Add score' }));
    const message = screen.getAllByRole('status').at(-1)!;
    expect(message.textContent).toBe('Function: 1 of 20 answered; the score needs all 20 items.');
    expect(session.handout.outcomes).toEqual([]);
  });
});
