import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { createHandout, handoutExerciseFromKb } from '../../core/handout/create-handout';
import { buildHandoutDocument } from '../../core/handout/document/build-handout-document';
import { RED_FLAG_HEADING } from '../../core/handout/document/red-flag-section';
import { prescriptionLines } from '../../core/handout/exercise-prescription';
import type { NewHandoutInput } from '../../core/handout/create-handout';
import { createKbLookup } from '../../core/kb/kb-lookup';
import { createHandoutFigures } from './handout-figures';
import HandoutPreview from './HandoutPreview.svelte';
import './spec-support';

const lookup = createKbLookup(knowledgeBase);
const figures = createHandoutFigures(knowledgeBase.figures);
const clinic = {
  name: 'Riverside Running Physio',
  address: '12 Mill Lane',
  phone: '0117 496 0123',
  email: '',
  logoDataUrl: null,
};

function definitionFor(input: Partial<NewHandoutInput>) {
  const handout = createHandout({
    id: '7b0c1c3e-2f4e-4a51-9d7e-0c9f3a1b2c3d',
    now: '2026-03-02T10:15:00+00:00',
    date: '2026-03-02',
    ...input,
  });
  return { handout, definition: buildHandoutDocument(handout, { lookup, clinic, figureFor: figures.figureFor }) };
}

const exercises = (ids: string[]) => ids.map((id) => handoutExerciseFromKb(lookup.exercise(id)!));

describe('HandoutPreview', () => {
  it('shows what the PDF prints: clinic, patient, exercises with their dosage, red flags and numbered pages', () => {
    const { handout, definition } = definitionFor({
      patientName: 'Zoë Çelik',
      conditions: ['gluteal-tendinopathy'],
      exercises: exercises(['clamshell', 'glute-bridge']),
    });
    render(HandoutPreview, { definition, sceneOf: figures.sceneOf });
    const pages = screen.getAllByRole('article');
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.map((p) => p.textContent).join(' ');
    expect(text).toContain('Riverside Running Physio');
    expect(text).toContain('Zoë Çelik');
    for (const entry of handout.exercises) {
      const exercise = lookup.exercise(entry.exerciseId)!;
      expect(text).toContain(exercise.name);
      expect(text).toContain(prescriptionLines(entry, exercise).amount);
    }
    expect(text).toContain(RED_FLAG_HEADING);
    pages.forEach((page, i) => {
      expect(page.getAttribute('aria-label')).toBe(`Page ${i + 1} of ${pages.length}`);
      expect(within(page).getByText(`Page ${i + 1} of ${pages.length}`)).toBeTruthy();
    });
  });

  it('draws the exercise figures as inline SVG from their scenes, and placeholders as drawings', () => {
    const { definition } = definitionFor({ exercises: exercises(['clamshell']) });
    const { container } = render(HandoutPreview, { definition, sceneOf: figures.sceneOf });
    const figuresDrawn = container.querySelectorAll('.figure svg');
    expect(figuresDrawn).toHaveLength(2);
    expect(figuresDrawn[0]!.querySelectorAll('path').length).toBeGreaterThan(10);
    expect(container.querySelector('.figure img')).toBeNull();

    const { handout } = definitionFor({ exercises: exercises(['clamshell']) });
    const { container: withoutFigures } = render(HandoutPreview, {
      definition: buildHandoutDocument(handout, { lookup, clinic }),
    });
    expect(withoutFigures.querySelectorAll('.figure')).toHaveLength(0);
    expect(withoutFigures.querySelectorAll('svg.canvas rect[stroke-dasharray]').length).toBe(2);
  });

  it('sizes pages as the chosen paper, and large print makes more pages', () => {
    const ids = ['clamshell', 'glute-bridge', 'side-plank', 'step-up'];
    const a4 = definitionFor({ exercises: exercises(ids) }).definition;
    const letter = definitionFor({ exercises: exercises(ids), options: { paperSize: 'Letter' } }).definition;
    const large = definitionFor({ exercises: exercises(ids), options: { largePrint: true } }).definition;
    const first = (definition: typeof a4) => {
      const { unmount } = render(HandoutPreview, { definition });
      const pages = screen.getAllByRole('article');
      const result = { width: pages[0]!.style.width, count: pages.length };
      unmount();
      return result;
    };
    expect(first(a4).width).toBe('595.28pt');
    expect(first(letter).width).toBe('612pt');
    expect(first(large).count).toBeGreaterThan(first(a4).count);
  });

  it('sets text in the PDF’s sizes and styles', () => {
    const { definition } = definitionFor({ exercises: exercises(['clamshell']), options: { largePrint: true } });
    render(HandoutPreview, { definition });
    const name = screen.getByText(lookup.exercise('clamshell')!.name);
    const block = name.closest<HTMLElement>('.text')!;
    expect(block.style.fontSize).toBe(`${definition.styles!['exerciseName']!.fontSize}pt`);
    expect(block.style.fontWeight).toBe('700');
  });
});
