import { beforeAll, describe, expect, it } from 'vitest';
import type { KbLookup } from '../../kb/kb-lookup';
import type { HandoutOutcome } from '../handout';
import {
  realLookup,
  REPRESENTATIVE_EXERCISES,
  representativeContext,
  representativeHandout,
} from '../../../../tests/pdf/support/representative-handout';
import { sampleFigureFor } from '../../../../tests/pdf/support/sample-figures';
import { buildHandoutDocument, SECTION_HEADINGS } from './build-handout-document';
import { HANDOUT_TITLE, LOGO_IMAGE_KEY } from './clinic-header';
import type { PdfContent } from './pdfmake-types';
import { RED_FLAG_HEADING } from './red-flag-section';
import { HANDOUT_TABLE_LAYOUTS } from './table-layouts';

let lookup: KbLookup;
beforeAll(async () => {
  lookup = await realLookup();
});

/** Every object node in a content tree, depth first. */
function nodes(content: PdfContent): Record<string, unknown>[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const node = content as unknown as Record<string, unknown>;
  const children = ['stack', 'columns', 'ol', 'ul']
    .flatMap((k) => (Array.isArray(node[k]) ? (node[k] as PdfContent[]) : []))
    .concat(node['table'] ? (node['table'] as { body: PdfContent[][] }).body.flat() : [])
    .concat(Array.isArray(node['text']) ? (node['text'] as PdfContent[]) : []);
  return [node, ...children.flatMap(nodes)];
}

/** All printed text of a content tree, joined by spaces. */
function allText(content: PdfContent): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(allText).join(' ');
  return nodes(content)
    .flatMap((n) =>
      ['text', 'ol', 'ul'].flatMap((k) =>
        typeof n[k] === 'string'
          ? [n[k]]
          : Array.isArray(n[k])
            ? (n[k] as unknown[]).filter((x) => typeof x === 'string')
            : [],
      ),
    )
    .join(' ');
}

function cards(content: PdfContent): PdfContent[] {
  return nodes(content).filter((n) => n['layout'] === 'handoutCard') as unknown as PdfContent[];
}

describe('buildHandoutDocument, a representative handout', () => {
  it('is pure data that survives JSON (so it can cross into a worker)', () => {
    const definition = buildHandoutDocument(
      representativeHandout(lookup),
      representativeContext(lookup, { figureFor: sampleFigureFor }),
    );
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
    expect(definition.pageSize).toBe('A4');
    expect(definition.language).toBe('en-GB');
    expect(definition.info).toMatchObject({
      title: HANDOUT_TITLE,
      author: 'Riverside Running Physio',
      creator: 'Stride Atlas test',
    });
  });

  it('prints the clinic, the patient, both dates, the clinician, and a page footer', () => {
    const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const text = allText(definition.content);
    for (const part of [
      'Riverside Running Physio',
      '12 Mill Lane, Bristol BS1 4DJ',
      'Tel. 0117 496 0123',
      'Zoë Łukasz-Ørsted Çelik',
      '2 March 2026',
      '30 March 2026',
      'Alex Morgan',
    ]) {
      expect(text).toContain(part);
    }
    expect(definition.images).toEqual({ [LOGO_IMAGE_KEY]: representativeContext(lookup).clinic.logoDataUrl });
    expect(nodes(definition.content).some((n) => n['image'] === LOGO_IMAGE_KEY)).toBe(true);
    expect(definition.pageFooter).toMatchObject({
      left: 'Zoë Łukasz-Ørsted Çelik  ·  2 March 2026',
      right: 'Page {page} of {pages}',
    });
  });

  it('has one unbreakable card per exercise, in order, with numbered steps and a dosage box', () => {
    const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const found = cards(definition.content);
    expect(found).toHaveLength(REPRESENTATIVE_EXERCISES.length);
    found.forEach((card, i) => {
      const exercise = lookup.exercise(REPRESENTATIVE_EXERCISES[i]!)!;
      expect(card).toMatchObject({ unbreakable: true });
      const text = allText(card);
      expect(text).toContain(exercise.name);
      const steps = nodes(card).find((n) => Array.isArray(n['ol']));
      expect(steps?.['ol']).toHaveLength(exercise.instructions.length);
      expect(nodes(card).some((n) => n['layout'] === 'dosageBox')).toBe(true);
    });
    const first = allText(found[0]!);
    expect(first).toContain('3 sets × 15 reps');
    expect(first).toContain('Left side only');
    expect(first).toContain('green loop band');
    expect(first).toContain('Lift for 1 second, lower slowly over 3 seconds');
  });

  it('draws placeholder frames without figures, and the SVGs when figureFor gives them', () => {
    const without = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    expect(nodes(without.content).filter((n) => 'svg' in n)).toHaveLength(0);
    expect(
      nodes(without.content).filter(
        (n) => Array.isArray(n['canvas']) && (n['canvas'] as { dash?: unknown }[]).some((c) => c.dash),
      ),
    ).toHaveLength(2 * REPRESENTATIVE_EXERCISES.length);
    const asked: string[] = [];
    const withFigures = buildHandoutDocument(
      representativeHandout(lookup),
      representativeContext(lookup, {
        figureFor: (id, side) => (asked.push(`${id}:${side}`), sampleFigureFor(id, side)),
      }),
    );
    expect(nodes(withFigures.content).filter((n) => typeof n['svg'] === 'string')).toHaveLength(
      2 * REPRESENTATIVE_EXERCISES.length,
    );
    expect(asked[0]).toBe('clamshell:left');
  });

  it('prints conditions, topics with their tables, notes, and red flags from the conditions', () => {
    const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const text = allText(definition.content);
    expect(text).toContain(SECTION_HEADINGS.conditions(2));
    expect(text).toContain(lookup.condition('gluteal-tendinopathy')!.summary.patient.slice(0, 40));
    expect(text).toContain('Pain monitoring (running with pain)');
    expect(text).toContain('Return-to-running plan');
    expect(text).toContain('Run on flat routes for now.');
    const tables = nodes(definition.content).filter((n) => n['layout'] === 'handoutTable') as unknown as {
      table: { headerRows: number; dontBreakRows: boolean; body: unknown[][]; widths: string[] };
    }[];
    // The pain rule, the stages, the walk-run sessions and adding distance: the pain rule that
    // both topics include prints once.
    expect(tables.length).toBe(4);
    for (const t of tables) {
      expect(t.table).toMatchObject({ headerRows: 1, dontBreakRows: true });
      expect(t.table.widths).toHaveLength(t.table.body[0]!.length);
    }
    expect(text).toContain(RED_FLAG_HEADING);
    expect(text).toContain(lookup.redFlag('suspected-bone-stress-injury')!.patient);
    expect(text).toContain(lookup.redFlag('suspected-tendon-avulsion')!.patient);
  });

  it('never prints clinician-only text', () => {
    const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const text = allText(definition.content);
    for (const id of ['pain-monitoring', 'return-to-running-plan']) {
      for (const section of lookup.topic(id)!.sections)
        if (section.clinician) expect(text).not.toContain(section.clinician.slice(0, 50));
    }
    expect(text).not.toContain(lookup.condition('gluteal-tendinopathy')!.summary.clinician.slice(0, 50));
  });

  it('writes distances in the handout’s units', () => {
    const km = allText(buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup)).content);
    expect(km).not.toMatch(/\bmiles?\b/);
    expect(km).toContain('about 18 km');
    const miles = allText(
      buildHandoutDocument(
        representativeHandout(lookup, { options: { units: 'miles' } }),
        representativeContext(lookup),
      ).content,
    );
    expect(miles).not.toMatch(/\bkm\b/);
    expect(miles).toContain('11 miles');
  });
});

describe('buildHandoutDocument options', () => {
  it('prints only the chosen sections, but always the red flags (general ones without conditions)', () => {
    const handout = representativeHandout(lookup, {
      conditions: [],
      notes: 'Private note',
      options: { include: { conditions: false, exercises: false, advice: false, notes: false } },
    });
    const definition = buildHandoutDocument(handout, representativeContext(lookup));
    const text = allText(definition.content);
    expect(cards(definition.content)).toHaveLength(0);
    for (const heading of [SECTION_HEADINGS.exercises, SECTION_HEADINGS.advice, SECTION_HEADINGS.notes])
      expect(text).not.toContain(heading);
    expect(text).not.toContain('Private note');
    expect(text).toContain(RED_FLAG_HEADING);
    expect(text).toContain(lookup.redFlag('unable-to-weight-bear')!.patient);
  });

  it('prints today’s outcome scores in plain words only when chosen, with the change since last time', () => {
    const outcomes: HandoutOutcome[] = [
      { measureId: 'lefs', date: '2026-02-02', answers: [[]], score: { function: 45 } },
      { measureId: 'lefs', date: '2026-03-02', answers: [[]], score: { function: 59 } },
      { measureId: 'nprs', date: '2026-02-02', answers: [[7]], score: { pain: 7 } },
    ];
    const chosen = allText(
      buildHandoutDocument(
        representativeHandout(lookup, { outcomes, options: { include: { score: true } } }),
        representativeContext(lookup),
      ).content,
    );
    expect(chosen).toContain(SECTION_HEADINGS.score);
    expect(chosen).toContain('Today: 59 out of 80. A higher score is better. 14 points better since 2 February 2026.');
    // Only the scores of the handout's day; no thresholds or citations in patient text.
    expect(chosen).not.toContain('Numeric pain rating scale');
    expect(chosen).not.toMatch(/MCID|doi:|PMID|\[\d+\]/);

    const notChosen = allText(
      buildHandoutDocument(representativeHandout(lookup, { outcomes }), representativeContext(lookup)).content,
    );
    expect(notChosen).not.toContain(SECTION_HEADINGS.score);
  });

  it('scales type for large print and sets Letter paper', () => {
    const normal = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const large = buildHandoutDocument(
      representativeHandout(lookup, { options: { largePrint: true, paperSize: 'Letter' } }),
      representativeContext(lookup),
    );
    expect(large.pageSize).toBe('LETTER');
    expect(large.defaultStyle!.fontSize).toBeGreaterThanOrEqual(14);
    for (const [name, style] of Object.entries(normal.styles!)) {
      if (style.fontSize) expect(large.styles![name]!.fontSize, name).toBeGreaterThan(style.fontSize);
    }
    expect(large.pageFooter.ruleWidth).toBeGreaterThan(normal.pageFooter.ruleWidth);
  });

  it('leaves out what is empty: no patient, no clinic, no review date, no logo', () => {
    const handout = representativeHandout(lookup, {
      patientName: '',
      clinicianName: '',
      reviewAfterWeeks: null,
      notes: '',
    });
    const definition = buildHandoutDocument(handout, {
      lookup,
      clinic: { name: '', address: '', phone: '', email: '', logoDataUrl: null },
    });
    const text = allText(definition.content);
    expect(definition.images).toBeUndefined();
    expect(text).not.toMatch(/PATIENT|NEXT REVIEW|CLINICIAN|Our number/);
    expect(definition.pageFooter.left).toBe('2 March 2026');
    expect(definition.info?.author).toBeUndefined();
  });

  it('prints a logo only from a PNG or JPEG data URL, never a path or a URL', () => {
    for (const logoDataUrl of ['https://example.com/logo.png', '/etc/logo.png', 'data:image/svg+xml;base64,PHN2Zz4=']) {
      const clinic = { ...representativeContext(lookup).clinic, logoDataUrl };
      const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup, { clinic }));
      expect(definition.images).toBeUndefined();
      expect(nodes(definition.content).some((n) => 'image' in n)).toBe(false);
    }
  });

  it('uses the context clinician when the handout names none', () => {
    const handout = representativeHandout(lookup, { clinicianName: '' });
    const text = allText(
      buildHandoutDocument(handout, representativeContext(lookup, { clinicianName: 'Sam Lee' })).content,
    );
    expect(text).toContain('Sam Lee');
  });

  it('skips ids the knowledge base no longer has instead of failing', () => {
    const handout = representativeHandout(lookup);
    const stale = {
      ...handout,
      conditions: [...handout.conditions, 'gone'],
      topics: ['gone-topic'],
      exercises: [...handout.exercises, { ...handout.exercises[0]!, exerciseId: 'gone-exercise' }],
    };
    expect(cards(buildHandoutDocument(stale, representativeContext(lookup)).content)).toHaveLength(
      REPRESENTATIVE_EXERCISES.length,
    );
  });

  it('names only table layouts that the renderers register', () => {
    const definition = buildHandoutDocument(representativeHandout(lookup), representativeContext(lookup));
    const layouts = new Set(
      nodes(definition.content)
        .map((n) => n['layout'])
        .filter((l) => l !== undefined),
    );
    for (const layout of layouts) expect(Object.keys(HANDOUT_TABLE_LAYOUTS)).toContain(layout);
  });

  it('normalises typed text to NFC and turns tabs into spaces', () => {
    const handout = representativeHandout(lookup, { patientName: 'Zoe\u0308', notes: 'a\tb\r\nc' });
    const definition = buildHandoutDocument(handout, representativeContext(lookup));
    const text = allText(definition.content);
    expect(text).toContain('Zoë');
    expect(text).toContain('a    b\nc');
  });
});
