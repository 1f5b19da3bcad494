import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import TopicPage from './TopicPage.svelte';

const topic = knowledgeBase.topics.find((t) => t.id === 'load-management')!;
const sectionNamed = (name: string) => screen.getByRole('region', { name });
function show(id: string) {
  const workbench = fakeWorkbench();
  return { ...render(TopicPage, { props: { knowledgeBase, id }, context: workbench.context }), calls: workbench.calls };
}

describe('TopicPage', () => {
  it('shows the name, category and both summaries, labelled by reader', () => {
    show(topic.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(topic.name);
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByText('Category').nextElementSibling!.textContent).toBe('Training');
    const summary = sectionNamed('Summary');
    expect(within(summary).getByText('For clinicians').parentElement!.textContent).toContain(
      topic.summary.clinician.trim(),
    );
    expect(within(summary).getByText('For patients').parentElement!.textContent).toContain(
      topic.summary.patient.trim(),
    );
  });

  it('badges each clinician section with the sources it rests on, and no patient section', () => {
    const grading = knowledgeBase.topics.find((t) => t.id === 'muscle-injury-grading')!;
    show(grading.id);
    for (const section of grading.sections) {
      const badge = sectionNamed(section.heading).querySelector('.section-sources .badge');
      if (section.audience === 'clinician') expect(badge, section.heading).not.toBeNull();
      else expect(badge, section.heading).toBeNull();
    }
  });

  it('gives each section its heading, with its text, points and table', () => {
    show(topic.id);
    for (const section of topic.sections) {
      const region = sectionNamed(section.heading);
      if (section.clinician) expect(region.textContent).toContain(section.clinician.trim());
      if (section.patient) expect(region.textContent).toContain(section.patient.trim());
      for (const point of section.points ?? []) expect(region.textContent).toContain(point);
      if (section.table) {
        const table = within(region).getByRole('table');
        expect(
          within(table)
            .getAllByRole('columnheader')
            .map((c) => c.textContent),
        ).toEqual(section.table.columns);
        expect(within(table).getAllByRole('row')).toHaveLength(section.table.rows.length + 1);
        expect(within(table).getAllByRole('rowheader')[0]!.textContent).toBe(section.table.rows[0]![0]);
      }
    }
    expect(topic.sections.some((s) => s.points) && topic.sections.some((s) => s.table)).toBe(true);
  });

  it('links its exercises (as cards), conditions and related advice, and opens them', async () => {
    const { calls } = show(topic.id);
    const exercises = within(sectionNamed('Exercises'))
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(exercises).toEqual(topic.exercises.map((id) => knowledgeBase.exercises.find((e) => e.id === id)!.name));
    const conditions = within(sectionNamed('Conditions'))
      .getAllByRole('link')
      .map((l) => l.textContent);
    for (const id of topic.conditions)
      expect(conditions).toContain(knowledgeBase.conditions.find((c) => c.id === id)!.name);
    // Conditions that point at the topic are listed too, once each.
    const pointing = knowledgeBase.conditions.filter((c) => c.topics.includes(topic.id));
    for (const c of pointing) expect(conditions.filter((name) => name === c.name)).toHaveLength(1);
    const related = within(sectionNamed('Related advice')).getAllByRole('link');
    expect(related).toHaveLength(topic.related.length);
    await fireEvent.click(related[0]!);
    expect(calls.open).toEqual([[{ kind: 'topic', id: topic.related[0] }, {}]]);
  });

  it('shows facts, disagreements and references', () => {
    show(topic.id);
    expect(sectionNamed('Facts and figures').textContent).toContain(topic.facts[0]!.text.trim().slice(0, 40));
    const disagreements = sectionNamed('Where the sources disagree');
    expect(within(disagreements).getByRole('heading', { name: topic.disagreements[0]!.question })).toBeTruthy();
    const sources = sectionNamed('References');
    for (const id of topic.sources)
      expect(sources.textContent).toContain(knowledgeBase.sources.find((s) => s.id === id)!.title);
  });

  it('adds the topic to the handout', async () => {
    const { calls } = show(topic.id);
    await fireEvent.click(screen.getByRole('button', { name: 'Add to handout' }));
    expect(calls.addToHandout).toEqual([{ kind: 'topic', id: topic.id }]);
  });

  // A sweep of the whole knowledge base: seconds in jsdom on two busy cores.
  it('renders every topic in the knowledge base', { timeout: 30_000 }, () => {
    for (const t of knowledgeBase.topics) {
      const { unmount } = show(t.id);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t.name);
      unmount();
    }
  });
});
