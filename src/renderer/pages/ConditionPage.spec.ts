import { fireEvent, render, screen, within } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it, vi } from 'vitest';
import { EVIDENCE_BADGE_LABELS, strongestKind } from '../../core/kb/evidence-level';
import { PHASE_LABELS } from '../../core/kb/vocabulary';
import type { EditorInput } from '../../shared/workbench-layout';
import ConditionPage from './ConditionPage.svelte';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';

const conditionOf = (id: string) => knowledgeBase.conditions.find((c) => c.id === id)!;
const findingLabel = (id: string) => knowledgeBase.findings.find((f) => f.id === id)!.label;
const regionLabel = (id: string) => knowledgeBase.regions.find((r) => r.id === id)!.label;
const sectionNamed = (name: string) => screen.getByRole('region', { name });

const strain = conditionOf('hip-flexor-strain');
function show(id: string, favourites: EditorInput[] = []) {
  const workbench = fakeWorkbench({ favourites });
  return {
    ...render(ConditionPage, { props: { knowledgeBase, id }, context: workbench.context }),
    calls: workbench.calls,
  };
}

describe('ConditionPage', () => {
  it('names the condition, its other names, category, prevalence and where it hurts', () => {
    show(strain.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(strain.name);
    expect(screen.getByText(strain.aliases[0]!, { exact: false })).toBeTruthy();
    const facts = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(facts.textContent).toMatch(/Category\s*Muscle/);
    expect(facts.textContent).toMatch(/How common\s*Occasional/);
    const primary = strain.regions.filter((r) => r.role === 'primary').map((r) => regionLabel(r.id));
    const referred = strain.regions.filter((r) => r.role === 'referred').map((r) => regionLabel(r.id));
    expect(within(facts).getByText('Where it hurts').nextElementSibling!.textContent).toBe(primary.join(', '));
    expect(within(facts).getByText('Can also be felt').nextElementSibling!.textContent).toBe(referred.join(', '));
  });

  it('keeps the clinician and the patient summaries apart, each labelled', () => {
    show(strain.id);
    const summary = sectionNamed('Summary');
    const clinician = within(summary).getByText('For clinicians').parentElement!;
    const patient = within(summary).getByText('For patients').parentElement!;
    expect(clinician.textContent).toContain(strain.summary.clinician);
    expect(patient.textContent).toContain(strain.summary.patient);
    expect(clinician.className).not.toBe(patient.className);
  });

  it('lists the findings for and against with vocabulary labels, strongest first, weights in words', () => {
    show(strain.id);
    const findings = sectionNamed('Findings');
    const support = within(findings).getByRole('list', { name: 'Support it' });
    const against = within(findings).getByRole('list', { name: 'Argue against it' });
    const supportRows = within(support).getAllByRole('listitem');
    expect(supportRows).toHaveLength(strain.findings.for.length);
    const strongest = strain.findings.for.find((f) => f.weight === 3)!;
    expect(supportRows[0]!.textContent).toContain(findingLabel(strongest.id));
    expect(supportRows[0]!.textContent).toContain('strong');
    const weak = strain.findings.for.find((f) => f.weight === 1)!;
    const weakRow = supportRows.find((row) => row.textContent.includes(findingLabel(weak.id)))!;
    expect(weakRow.textContent).toContain('weak');
    expect(within(against).getAllByRole('listitem')).toHaveLength(strain.findings.against.length);
    // The data lists "against" in clinical order, not by weight; the page puts the strongest first.
    const shownWeights = [...against.querySelectorAll('[data-weight]')].map((w) =>
      Number(w.getAttribute('data-weight')),
    );
    expect(shownWeights).toEqual(strain.findings.against.map((f) => f.weight).sort((a, b) => b - a));
    expect(shownWeights).not.toEqual(strain.findings.against.map((f) => f.weight));
    expect(against.textContent).toContain(findingLabel(strain.findings.against[0]!.id));
  });

  it('says which population a condition is limited to', () => {
    const pregnancy = conditionOf('pregnancy-related-hip-pain');
    show(pregnancy.id);
    const findings = sectionNamed('Findings');
    expect(findings.textContent).toContain('Only considered when:');
    for (const id of pregnancy.requiresAnyFinding!) expect(findings.textContent).toContain(findingLabel(id));
  });

  it('shows what to ask, the clinical tests (how and what they suggest), and how to tell it apart', () => {
    show(strain.id);
    const assessment = sectionNamed('What to ask and check');
    for (const question of strain.assessment.ask) expect(assessment.textContent).toContain(question);
    for (const check of strain.assessment.check) {
      expect(assessment.textContent).toContain(check.name);
      expect(assessment.textContent).toContain(check.how);
      expect(assessment.textContent).toContain(check.suggests);
    }
    const apart = sectionNamed('Telling it apart');
    const neighbour = conditionOf(strain.differentiate[0]!.from);
    expect(within(apart).getByRole('link', { name: neighbour.name })).toBeTruthy();
    expect(apart.textContent).toContain(strain.differentiate[0]!.how);
  });

  it('links the red flags with their urgency, and states the referral where the condition needs one', () => {
    show(strain.id);
    const flags = sectionNamed('Red flags and when to refer');
    const links = within(flags).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(
      strain.redFlags.map((id) => knowledgeBase.redFlags.find((f) => f.id === id)!.name),
    );
    expect(within(flags).queryByRole('note')).toBeNull();

    const fracture = conditionOf('femoral-neck-stress-fracture');
    show(fracture.id);
    const referral = screen.getByRole('note', { name: 'When to refer' });
    expect(referral.textContent).toContain(fracture.referral!.reason);
    expect(referral.textContent).toContain('Urgent');
    const raised = knowledgeBase.redFlags.find((f) => f.id === fracture.referral!.redFlag)!;
    expect(within(referral).getByRole('link', { name: raised.name }).getAttribute('href')).toBe(
      `#red-flag/${raised.id}`,
    );
  });

  it('sets out management phase by phase, with exercise cards carrying the dosage this condition prescribes', async () => {
    show(strain.id);
    const management = sectionNamed('Management by phase');
    const headings = within(management)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent.replace(/^\d+\s*/, ''));
    expect(headings).toEqual(strain.management.map((m) => PHASE_LABELS[m.phase]));
    const settle = within(management)
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('phase'))!;
    expect(settle.textContent).toContain(strain.management[0]!.goals.trim());
    expect(settle.textContent).toContain(strain.management[0]!.patient.trim());
    expect(settle.textContent).toContain(strain.management[0]!.progressWhen!.trim());
    for (const line of strain.management[0]!.advice) expect(settle.textContent).toContain(line);
    // The settle phase overrides the band exercise's default dosage (twice a week): twice a day, light.
    const band = within(settle)
      .getByRole('link', { name: /Eccentric hip flexion/i })
      .closest('.exercise-card')!;
    expect(band.textContent).toMatch(/2 sets × 15 reps.*twice a day · every day/);
    expect(band.textContent).toContain('Start with a light band.');
    await vi.waitFor(() => expect(band.querySelector('.figure-thumbnail svg path')).not.toBeNull(), {
      timeout: 20_000,
    });
  });

  it('links advice topics and related conditions, shows disagreements side by side and names the sources', () => {
    show(strain.id);
    const topics = within(sectionNamed('Advice topics')).getAllByRole('link');
    expect(topics).toHaveLength(strain.topics.length);
    const related = within(sectionNamed('Related conditions'))
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(related).toEqual(strain.related.map((id) => conditionOf(id).name));
    const disagreements = sectionNamed('Where the sources disagree');
    const first = strain.disagreements[0]!;
    expect(within(disagreements).getByRole('heading', { name: first.question })).toBeTruthy();
    const positions = within(disagreements).getAllByRole('list', { name: 'Positions of the sources' })[0]!;
    expect(within(positions).getAllByRole('listitem')).toHaveLength(first.positions.length);
    const title = (id: string) => knowledgeBase.sources.find((s) => s.id === id)!.title;
    expect(positions.textContent).toContain(title(first.positions[0]!.sources[0]!));
    const sources = sectionNamed('References');
    for (const id of strain.sources) expect(sources.textContent).toContain(title(id));
    expect(sectionNamed('Facts and figures').textContent).toContain(strain.facts[0]!.text.trim().slice(0, 40));
  });

  it('opens a linked page as a preview on click and keeps it open on double click or Ctrl+Enter, without navigating', async () => {
    const { calls } = show(strain.id);
    const related = within(sectionNamed('Related conditions')).getAllByRole('link')[0]!;
    const target = { kind: 'condition', id: strain.related[0] };
    expect(await fireEvent.click(related)).toBe(false); // default (navigation) prevented
    expect(calls.open.at(-1)).toEqual([target, {}]);
    await fireEvent.dblClick(related);
    expect(calls.open.at(-1)).toEqual([target, { pinned: true }]);
    calls.open.length = 0;
    await fireEvent.keyDown(related, { key: 'Enter', ctrlKey: true });
    expect(calls.open).toEqual([[target, { pinned: true }]]);
  });

  it('adds the condition to the handout and toggles it as a favourite', async () => {
    const { calls } = show(strain.id, [{ kind: 'condition', id: strain.id }]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add to handout' }));
    expect(calls.addToHandout).toEqual([{ kind: 'condition', id: strain.id }]);
    const star = screen.getByRole('button', { name: 'Favourite' });
    expect(star.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(star);
    expect(calls.toggleFavourite).toEqual([{ kind: 'condition', id: strain.id }]);
  });

  // A sweep of the whole knowledge base: some 30 s in jsdom on two busy cores, since every
  // citation carries its reference for hover and focus.
  it('renders every condition in the knowledge base', { timeout: 90_000 }, () => {
    for (const condition of knowledgeBase.conditions) {
      const { unmount } = show(condition.id);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(condition.name);
      unmount();
    }
  });

  it('says so when the condition is no longer in the knowledge base', () => {
    show('no-such-condition');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This item is no longer in the knowledge base');
    expect(screen.queryByRole('button', { name: 'Add to handout' })).toBeNull();
  });
});

describe('ConditionPage evidence', () => {
  const numberOf = (link: HTMLElement) => Number(link.textContent!.replace(/\D/g, ''));

  it('numbers citations in order of first use, and the References list them under the same numbers', () => {
    show(strain.id);
    const links = screen.getAllByRole('link', { name: /^Reference \d+$/ });
    const firstSeen = [...new Set(links.map(numberOf))];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    const references = within(sectionNamed('References')).getAllByRole('listitem');
    for (const link of links) {
      const tooltip = document.getElementById(link.getAttribute('aria-describedby')!)!;
      expect(references[numberOf(link) - 1]!.textContent).toBe(tooltip.textContent);
    }
    const title = (id: string) => knowledgeBase.sources.find((s) => s.id === id)!.title;
    const listed = references.map((r) => r.querySelector('cite')!.textContent);
    for (const id of strain.sources) expect(listed).toContain(title(id));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('badges each fact with the strongest kind of source it cites', () => {
    show(strain.id);
    const facts = within(sectionNamed('Facts and figures')).getAllByRole('listitem');
    strain.facts.forEach((fact, i) => {
      const kinds = fact.sources.map((id) => knowledgeBase.sources.find((s) => s.id === id)!.kind);
      expect(facts[i]!.querySelector('.badge')!.textContent).toBe(
        `Evidence:\u00a0${EVIDENCE_BADGE_LABELS[strongestKind(kinds)!]}`,
      );
    });
  });

  it('badges every decision statement: each check, differentiation, the referral and each phase', () => {
    const fracture = conditionOf('femoral-neck-stress-fracture');
    const { container } = show(fracture.id);
    const badged = (elements: Iterable<Element>) => [...elements].filter((e) => e.querySelector('.badge')).length;
    const checks = within(sectionNamed('What to ask and check')).getAllByText('Suggests');
    expect(badged(checks.map((dt) => dt.nextElementSibling!))).toBe(fracture.assessment.check.length);
    expect(badged(container.querySelectorAll('.differentiate dd'))).toBe(fracture.differentiate.length);
    expect(badged(container.querySelectorAll('.referral'))).toBe(1);
    expect(badged(container.querySelectorAll('.phase-sources'))).toBe(fracture.management.length);
  });

  it('keeps patient text free of citations and badges', () => {
    const { container } = show(strain.id);
    const patientTexts = container.querySelectorAll('.reader.patient');
    expect(patientTexts.length).toBeGreaterThan(0);
    for (const text of patientTexts) expect(text.querySelector('.citations, [role="tooltip"]')).toBeNull();
  });
});
