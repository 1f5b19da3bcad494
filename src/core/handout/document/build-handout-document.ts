/**
 * Handout → pdfmake document definition. Pure data: no rendering, no functions (the footer and
 * table layouts are materialised by the renderer; see `toPdfmakeDocument`), so a definition can
 * be unit-tested, cloned into a worker and rendered the same in Node and in the browser.
 */
import type { Condition, Exercise, Topic } from '../../kb/schema';
import type { OutcomeMeasure } from '../../outcomes/outcome-measure-schema';
import type { Handout, HandoutExercise } from '../handout';
import { formatHandoutDate } from '../handout-dates';
import { deriveRedFlags } from '../red-flags';
import { createBuildState, fitsOnPage, keepTogether, PAGE_MARGINS, type BuildState } from './build-state';
import { clinicHeader, HANDOUT_TITLE, LOGO_IMAGE_KEY, patientPanel, printableLogo } from './clinic-header';
import { exerciseCard } from './exercise-card';
import type { HandoutDocumentContext } from './handout-document-context';
import { COLORS, handoutStyles } from './handout-styles';
import type { PageFooterSpec } from './page-footer';
import type { PdfContent, TDocumentDefinitions } from './pdfmake-types';
import { kbText, printable, printableLine } from './printable-text';
import { redFlagSection } from './red-flag-section';
import { SCORE_HEADING, scoreBlocks } from './score-section';
import { topicBlocks, type PrintedRules } from './topic-section';

/** A handout's definition: pdfmake's, with the footer as data instead of a function. */
export type HandoutDocumentDefinition = Omit<TDocumentDefinitions, 'footer' | 'header'> & {
  pageFooter: PageFooterSpec;
};

export const SECTION_HEADINGS = {
  conditions: (n: number) => (n === 1 ? 'About your condition' : 'About your conditions'),
  exercises: 'Your exercises',
  advice: 'Advice for you',
  notes: 'Notes from your physiotherapist',
  score: SCORE_HEADING,
} as const;

function sectionHeading(text: string): PdfContent {
  return { text, style: 'sectionHeading' };
}

/** A heading never ends a page alone: it moves with the section's first block when that fits. */
function section(state: BuildState, heading: string, blocks: PdfContent[]): PdfContent[] {
  if (blocks.length === 0) return [];
  const [first, ...rest] = blocks;
  const together: PdfContent[] = [sectionHeading(heading), first!];
  return fitsOnPage(state, { stack: together })
    ? [{ unbreakable: true, stack: together }, ...rest]
    : [...together, ...rest];
}

function conditionsSection(state: BuildState, conditions: Condition[]): PdfContent[] {
  const units = state.handout.options.units;
  const blocks = conditions.map((c) =>
    keepTogether(state, [
      { text: printable(c.name), style: 'itemHeading' },
      { text: kbText(c.summary.patient, units), style: 'paragraph' },
    ]),
  );
  return section(state, SECTION_HEADINGS.conditions(conditions.length), blocks);
}

function exercisesSection(state: BuildState, entries: [HandoutExercise, Exercise][]): PdfContent[] {
  return section(
    state,
    SECTION_HEADINGS.exercises,
    entries.map(([entry, exercise], i) => exerciseCard(state, entry, exercise, i + 1)),
  );
}

function adviceSection(state: BuildState, topics: Topic[]): PdfContent[] {
  const printedRules: PrintedRules = new Map();
  return section(
    state,
    SECTION_HEADINGS.advice,
    // One record per handout, so a rule that two topics share prints once.
    topics.flatMap((t) => topicBlocks(state, t, printedRules)),
  );
}

/** Notes are typed text of any length: one block per paragraph, so they split between paragraphs. */
function notesSection(state: BuildState): PdfContent[] {
  const paragraphs = printable(state.handout.notes.trim())
    .split(/\n[ ]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return section(
    state,
    SECTION_HEADINGS.notes,
    paragraphs.map((text): PdfContent => ({ text, style: 'notes' })),
  );
}

function scoreSection(state: BuildState, measures: readonly OutcomeMeasure[]): PdfContent[] {
  const { outcomes, date } = state.handout;
  const measureFor = (id: string) => measures.find((m) => m.id === id);
  return section(state, SECTION_HEADINGS.score, scoreBlocks(outcomes, date, measureFor, 'paragraph'));
}

function footerSpec(state: BuildState): PageFooterSpec {
  const { handout } = state;
  const patient = printableLine(handout.patientName);
  const date = formatHandoutDate(handout.date);
  return {
    left: patient ? `${patient}  ·  ${date}` : date,
    right: 'Page {page} of {pages}',
    fontSize: state.type.size(0.8),
    color: COLORS.muted,
    lineColor: COLORS.line,
    ruleWidth: state.contentWidth,
    margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0],
  };
}

function present<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

export function buildHandoutDocument(handout: Handout, context: HandoutDocumentContext): HandoutDocumentDefinition {
  const state = createBuildState(handout, context);
  const { lookup } = context;
  const { include } = handout.options;
  const conditions = present(handout.conditions.map((id) => lookup.condition(id)));
  const exercises = present(
    handout.exercises.map((e) => {
      const exercise = lookup.exercise(e.exerciseId);
      return exercise ? ([e, exercise] as [HandoutExercise, Exercise]) : undefined;
    }),
  );
  const topics = present(handout.topics.map((id) => lookup.topic(id)));
  const { defaultStyle, styles } = handoutStyles(handout.options.largePrint);
  const logo = printableLogo(context.clinic.logoDataUrl);

  return {
    pageSize: handout.options.paperSize === 'Letter' ? 'LETTER' : 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    language: 'en-GB',
    info: {
      title: HANDOUT_TITLE,
      subject: conditions.map((c) => c.name).join(', ') || 'Exercise and advice plan',
      ...(context.clinic.name.trim() ? { author: printableLine(context.clinic.name) } : {}),
      creator: context.creator ?? 'Stride Atlas',
    },
    ...(logo ? { images: { [LOGO_IMAGE_KEY]: logo } } : {}),
    defaultStyle,
    styles,
    content: [
      ...clinicHeader(state),
      ...patientPanel(state),
      ...(include.conditions ? conditionsSection(state, conditions) : []),
      ...(include.exercises ? exercisesSection(state, exercises) : []),
      ...(include.advice ? adviceSection(state, topics) : []),
      ...(include.notes ? notesSection(state) : []),
      ...(include.score ? scoreSection(state, lookup.kb.outcomeMeasures) : []),
      redFlagSection(state, deriveRedFlags(handout.conditions, lookup)),
    ],
    pageFooter: footerSpec(state),
  };
}
