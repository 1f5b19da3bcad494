import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { handoutSchema, type HandoutTemplate } from '../../core/handout/handout';
import { createKbLookup } from '../../core/kb/kb-lookup';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { HandoutSession, TYPING_BURST_MS } from './handout-session.svelte';

const lookup = createKbLookup(knowledgeBase);

function setup() {
  let time = new Date('2026-03-07T10:00:00Z').getTime();
  let ids = 0;
  const saveUserFile = vi.fn(async () => {});
  const session = new HandoutSession({
    lookup,
    appApi: { saveUserFile },
    now: () => new Date(time),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
  const advance = (ms: number) => (time += ms);
  return { session, saveUserFile, advance };
}

const exerciseIds = (session: HandoutSession) => session.handout.exercises.map((e) => e.exerciseId);
const clamshell = lookup.exercise('clamshell')!;
const bridge = lookup.exercise('glute-bridge')!;
const tendinopathy = lookup.condition('gluteal-tendinopathy')!;

describe('HandoutSession: items', () => {
  it('adds an exercise with the knowledge base’s dosage and ignores a second add with a notice', () => {
    const { session } = setup();
    expect(session.add({ kind: 'exercise', id: 'clamshell' })).toEqual({ status: 'added', title: clamshell.name });
    const [entry] = session.handout.exercises;
    expect(entry).toMatchObject({
      exerciseId: 'clamshell',
      sets: clamshell.dosage.sets ?? null,
      reps: clamshell.dosage.reps ?? null,
    });
    expect(session.add({ kind: 'exercise', id: 'clamshell' }).status).toBe('duplicate');
    expect(session.notice).toBe(`${clamshell.name} is already in the handout.`);
    expect(session.handout.exercises).toHaveLength(1);
    expect(session.itemCount).toBe(1);
  });

  it('doses an exercise as a condition in the handout prescribes it for its phase', () => {
    const { session } = setup();
    const phase = tendinopathy.management.find((p) => p.exercises.some((e) => e.note))!;
    const prescribed = phase.exercises.find((e) => e.note)!;
    session.add({ kind: 'condition', id: tendinopathy.id });
    session.add({ kind: 'exercise', id: prescribed.id });
    expect(session.handout.exercises[0]!.notes).toContain(prescribed.note!.slice(0, 20));
  });

  it('adds conditions and topics once each, refuses unknown ids, and removes items', () => {
    const { session } = setup();
    session.add({ kind: 'condition', id: tendinopathy.id });
    session.add({ kind: 'topic', id: 'pain-monitoring' });
    session.add({ kind: 'topic', id: 'pain-monitoring' });
    expect(session.add({ kind: 'exercise', id: 'no-such-exercise' }).status).toBe('unknown');
    expect(session.handout.conditions).toEqual([tendinopathy.id]);
    expect(session.handout.topics).toEqual(['pain-monitoring']);
    session.remove({ kind: 'topic', id: 'pain-monitoring' });
    session.remove({ kind: 'condition', id: tendinopathy.id });
    expect(session.itemCount).toBe(0);
  });

  it('refuses an item past the handout’s limit, so the draft can always be saved', () => {
    const { session } = setup();
    const conditions = knowledgeBase.conditions.slice(0, 21);
    const results = conditions.map((c) => session.add({ kind: 'condition', id: c.id }).status);
    expect(results.slice(0, 20).every((r) => r === 'added')).toBe(true);
    expect(results[20]).toBe('full');
    expect(session.notice).toBe('The handout cannot hold more conditions.');
    expect(session.handout.conditions).toHaveLength(20);
  });

  it('moves exercises, ignoring moves out of range', () => {
    const { session } = setup();
    for (const id of ['clamshell', 'glute-bridge', 'side-plank']) session.add({ kind: 'exercise', id });
    session.move(2, 0);
    expect(exerciseIds(session)).toEqual(['side-plank', 'clamshell', 'glute-bridge']);
    session.move(0, 5);
    expect(exerciseIds(session)).toEqual(['side-plank', 'clamshell', 'glute-bridge']);
  });

  it('edits dosage within the handout’s limits and refuses values outside them', () => {
    const { session } = setup();
    session.add({ kind: 'exercise', id: 'glute-bridge' });
    expect(session.updateExercise(0, { sets: 4, side: 'left', load: 'green band' })).toBe(true);
    expect(session.updateExercise(0, { sets: 0 })).toBe(false);
    expect(session.updateExercise(0, { perDay: 7 })).toBe(false);
    expect(session.handout.exercises[0]).toMatchObject({
      sets: 4,
      side: 'left',
      load: 'green band',
      perDay: bridge.dosage.perDay ?? null,
    });
    expect(handoutSchema.safeParse(session.handout).success).toBe(true);
  });
});

describe('HandoutSession: undo and redo', () => {
  it('undoes and redoes additions, removals and moves in order', () => {
    const { session } = setup();
    session.add({ kind: 'exercise', id: 'clamshell' });
    session.add({ kind: 'exercise', id: 'glute-bridge' });
    session.move(1, 0);
    session.remove({ kind: 'exercise', id: 'clamshell' });
    expect(exerciseIds(session)).toEqual(['glute-bridge']);
    session.undo();
    expect(exerciseIds(session)).toEqual(['glute-bridge', 'clamshell']);
    session.undo();
    expect(exerciseIds(session)).toEqual(['clamshell', 'glute-bridge']);
    session.redo();
    session.redo();
    expect(exerciseIds(session)).toEqual(['glute-bridge']);
    expect(session.canRedo).toBe(false);
    session.undo();
    session.add({ kind: 'topic', id: 'pain-monitoring' });
    expect(session.canRedo).toBe(false);
  });

  it('takes a burst of typing in one field as one step, and a pause or another field as a new one', () => {
    const { session, advance } = setup();
    for (const text of ['J', 'Jo', 'Jo S']) {
      session.setPatientName(text);
      advance(200);
    }
    session.setNotes('Ice after runs');
    advance(200);
    session.setPatientName('Jo Smith');
    advance(TYPING_BURST_MS + 1);
    session.setPatientName('Jo Smithers');
    session.undo();
    expect(session.handout.patientName).toBe('Jo Smith');
    session.undo();
    expect(session.handout.patientName).toBe('Jo S');
    session.undo();
    expect(session.handout.notes).toBe('');
    session.undo();
    expect(session.handout.patientName).toBe('');
    expect(session.canUndo).toBe(false);
  });

  it('keeps typing in one exercise’s field apart from typing in another exercise’s', () => {
    const { session } = setup();
    session.add({ kind: 'exercise', id: 'clamshell' });
    session.add({ kind: 'exercise', id: 'glute-bridge' });
    session.updateExercise(0, { notes: 'slow' });
    session.updateExercise(1, { notes: 'hold at the top' });
    session.undo();
    expect(session.handout.exercises.map((e) => e.notes.includes('hold at the top'))).toEqual([false, false]);
    expect(session.handout.exercises[0]!.notes).toContain('slow');
  });
});

describe('HandoutSession: whole handouts', () => {
  it('starts from a condition with its first phase’s exercises and its advice topics, undoably', () => {
    const { session } = setup();
    session.add({ kind: 'exercise', id: 'side-plank' });
    session.startFromCondition(tendinopathy.id);
    expect(session.handout.conditions).toEqual([tendinopathy.id]);
    expect(exerciseIds(session)).toEqual(tendinopathy.management[0]!.exercises.map((e) => e.id));
    expect(session.handout.topics).toEqual(tendinopathy.topics);
    expect(session.handout.date).toBe('2026-03-07');
    expect(session.handout.reviewDate).toBe('2026-04-04');
    expect(session.dirty).toBe(true);
    expect(session.notice).toMatch(/unsaved changes: Undo/);
    session.undo();
    expect(exerciseIds(session)).toEqual(['side-plank']);
  });

  it('uses the clinic’s settings for new handouts, and remakes an untouched draft with them', () => {
    const { session } = setup();
    session.useSettings({
      ...DEFAULT_SETTINGS,
      paperSize: 'Letter',
      units: 'miles',
      clinicianName: 'Dr Ørsted',
      handoutDefaults: { largePrint: true, reviewAfterWeeks: 2 },
    });
    expect(session.handout).toMatchObject({
      clinicianName: 'Dr Ørsted',
      reviewDate: '2026-03-21',
      options: { paperSize: 'Letter', units: 'miles', largePrint: true },
    });
    expect(session.canUndo).toBe(false);
    session.startFromCondition(tendinopathy.id);
    expect(session.handout.options.paperSize).toBe('Letter');
  });

  it('makes valid drafts from any valid settings, a clinician name longer than a handout holds included', () => {
    const { session } = setup();
    expect(handoutSchema.parse(session.handout)).toEqual(session.handout);
    // Settings take 200 characters of name; a handout 120. Before, the longer name threw on every new draft.
    const longName = `Dr ${'Ø'.repeat(197)}`;
    for (const reviewAfterWeeks of [1, 52]) {
      session.useSettings({
        ...DEFAULT_SETTINGS,
        clinicianName: longName,
        handoutDefaults: { largePrint: true, reviewAfterWeeks },
      });
      expect(handoutSchema.parse(session.handout)).toEqual(session.handout);
      expect(session.handout.clinicianName).toBe(longName.slice(0, 120));
    }
    session.startFromCondition(tendinopathy.id);
    expect(session.handout.clinicianName).toBe(longName.slice(0, 120));
    session.newHandout();
    expect(handoutSchema.parse(session.handout)).toEqual(session.handout);
  });

  it('cuts over-long names at the limit without splitting a character that takes two code units', () => {
    const { session } = setup();
    // 119 letters, then an emoji (two UTF-16 units) that would straddle the 120-unit limit.
    const name = `${'a'.repeat(119)}😀 and more`;
    session.setPatientName(name);
    expect(session.handout.patientName).toBe('a'.repeat(119));
    session.useSettings({ ...DEFAULT_SETTINGS, clinicianName: `Dr ${'Ł'.repeat(116)}𝒜𝒜` });
    session.newHandout();
    expect(session.handout.clinicianName).toBe(`Dr ${'Ł'.repeat(116)}`);
    expect(handoutSchema.parse(session.handout)).toEqual(session.handout);
  });

  it('saves the draft through the AppApi and is clean until the next change', async () => {
    const { session, saveUserFile, advance } = setup();
    session.add({ kind: 'exercise', id: 'clamshell' });
    expect(session.dirty).toBe(true);
    advance(60_000);
    const saved = await session.save();
    expect(saveUserFile).toHaveBeenCalledWith('handout', saved);
    expect(saved.updatedAt).toBe('2026-03-07T10:01:00.000Z');
    expect(session.dirty).toBe(false);
    expect(session.storeVersion).toBe(1);
    session.setNotes('x');
    expect(session.dirty).toBe(true);
    session.undo();
    expect(session.dirty).toBe(false);
  });

  it('saves the programme as a named template without the patient, and starts a new handout from it', async () => {
    const { session, saveUserFile } = setup();
    session.startFromCondition(tendinopathy.id);
    session.setPatientName('Zoë Çelik');
    session.updateExercise(0, { sets: 5 });
    const template = await session.saveAsTemplate('  Lateral hip pain — early loading ');
    expect(saveUserFile).toHaveBeenCalledWith('template', template);
    expect(template.name).toBe('Lateral hip pain — early loading');
    expect(JSON.stringify(template)).not.toContain('Zoë');

    session.newHandout();
    expect(session.itemCount).toBe(0);
    session.startFromTemplate(template as HandoutTemplate);
    expect(session.handout.patientName).toBe('');
    expect(session.handout.exercises[0]!.sets).toBe(5);
    expect(session.handout.id).not.toBe(template.id);
  });

  it('loads a saved handout clean, and duplicates one as a new unsaved handout', async () => {
    const { session } = setup();
    session.startFromCondition(tendinopathy.id);
    session.setPatientName('Łukasz');
    const saved = await session.save();
    session.newHandout();
    session.load(saved);
    expect(session.handout).toEqual(saved);
    expect(session.dirty).toBe(false);
    session.duplicate(saved);
    expect(session.handout.id).not.toBe(saved.id);
    expect(session.handout.patientName).toBe('Łukasz');
    expect(session.handout.exercises).toEqual(saved.exercises);
    expect(session.dirty).toBe(true);
  });

  it('passes a request from the side view to the builder once', () => {
    const { session } = setup();
    session.request('export');
    expect(session.takeRequest()).toBe('export');
    expect(session.takeRequest()).toBeUndefined();
  });
});

describe('HandoutSession: outcome scores', () => {
  const score = (date: string, pain: number) => ({ measureId: 'nprs', date, answers: [[pain]], score: { pain } });

  it('keeps scores in date order, a later entry of the same day after the earlier one, and undoes each', () => {
    const { session } = setup();
    expect(session.addOutcome(score('2026-03-02', 5))).toBe(true);
    session.addOutcome(score('2026-01-05', 7));
    session.addOutcome(score('2026-03-02', 4));
    expect(session.handout.outcomes.map((o) => [o.date, o.score['pain']])).toEqual([
      ['2026-01-05', 7],
      ['2026-03-02', 5],
      ['2026-03-02', 4],
    ]);
    session.removeOutcome(1);
    expect(session.handout.outcomes.map((o) => o.score['pain'])).toEqual([7, 4]);
    session.undo();
    expect(session.handout.outcomes).toHaveLength(3);
  });

  it('saves the scores with the handout, and a duplicate for the next visit keeps them', async () => {
    const { session, saveUserFile } = setup();
    session.addOutcome(score('2026-03-02', 6));
    const saved = await session.save();
    expect(saveUserFile).toHaveBeenCalledWith(
      'handout',
      expect.objectContaining({ outcomes: [score('2026-03-02', 6)] }),
    );
    session.duplicate(saved);
    expect(session.handout.outcomes).toEqual(saved.outcomes);
  });
});
