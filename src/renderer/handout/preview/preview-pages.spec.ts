import { describe, expect, it } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { createHandout, handoutExerciseFromKb } from '../../../core/handout/create-handout';
import { buildHandoutDocument } from '../../../core/handout/document/build-handout-document';
import { estimateHeight } from '../../../core/handout/document/estimate-height';
import { createKbLookup } from '../../../core/kb/kb-lookup';
import { layoutPages } from './preview-pages';

const lookup = createKbLookup(knowledgeBase);
const clinic = { name: 'Clinic', address: '', phone: '', email: '', logoDataUrl: null };

function definition(exerciseCount: number, paperSize: 'A4' | 'Letter' = 'A4') {
  const exercises = knowledgeBase.exercises.slice(0, exerciseCount).map((e) => handoutExerciseFromKb(e));
  const handout = createHandout({
    id: '7b0c1c3e-2f4e-4a51-9d7e-0c9f3a1b2c3d',
    now: '2026-03-02T10:15:00+00:00',
    date: '2026-03-02',
    exercises,
    options: { paperSize },
  });
  return buildHandoutDocument(handout, { lookup, clinic });
}

describe('layoutPages', () => {
  it('breaks a 12-exercise handout into pages that each fit, every block whole and in order', () => {
    const doc = definition(12);
    const layout = layoutPages(doc);
    const contentHeight = layout.size.height - layout.margins[1] - layout.margins[3];
    const width = layout.size.width - layout.margins[0] - layout.margins[2];
    const ctx = { styles: doc.styles ?? {}, defaultStyle: doc.defaultStyle ?? {} };
    expect(layout.pages.length).toBeGreaterThan(3);
    for (const page of layout.pages) {
      const used = page.reduce<number>((sum, block) => sum + estimateHeight(block, width, ctx), 0);
      if (page.length > 1) expect(used).toBeLessThanOrEqual(contentHeight);
    }
    expect(layout.pages.flat()).toEqual((doc.content as unknown[]).flat(Infinity));
    const text = JSON.stringify(layout.pages);
    for (const e of knowledgeBase.exercises.slice(0, 12)) expect(text.split(JSON.stringify(e.name)).length - 1).toBe(1);
  });

  it('uses the paper size and margins of the definition', () => {
    expect(layoutPages(definition(1)).size).toEqual({ width: 595.28, height: 841.89 });
    expect(layoutPages(definition(1, 'Letter')).size).toEqual({ width: 612, height: 792 });
    expect(layoutPages(definition(1)).margins).toEqual(definition(1).pageMargins);
  });

  it('starts a new page where the definition asks for a page break', () => {
    const layout = layoutPages({ ...definition(0), content: ['one', { text: 'two', pageBreak: 'before' }, 'three'] });
    expect(layout.pages).toEqual([['one'], [{ text: 'two', pageBreak: 'before' }, 'three']]);
  });
});
