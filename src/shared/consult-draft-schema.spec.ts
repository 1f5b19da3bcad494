import { describe, expect, it } from 'vitest';
import { createHandout } from '../core/handout/create-handout';
import { CONSULT_DRAFT_ID, CONSULT_DRAFT_SCHEMA_VERSION, type ConsultDraft } from './consult-draft';
import { consultDraftSchema, migrateConsultDraft } from './consult-draft-schema';
import { USER_FILE_KINDS, userFileFormat, userFileIdSchema } from './user-files';

const handout = createHandout({
  id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  now: '2026-03-02T09:00:00+00:00',
  date: '2026-03-02',
  patientName: 'Zoë Ørsted',
  conditions: ['gluteal-tendinopathy'],
});

const draft: ConsultDraft = {
  schemaVersion: CONSULT_DRAFT_SCHEMA_VERSION,
  id: CONSULT_DRAFT_ID,
  updatedAt: '2026-03-02T09:05:00.000Z',
  handout: { state: 'unsaved', handout },
  triage: {
    regions: [
      { region: 'lateral-hip', side: 'left', role: 'main' },
      { region: 'lateral-thigh', side: 'left', role: 'spread' },
    ],
    answers: { 'lying-on-side-pain': 'yes', 'night-pain': 'unsure', 'onset-sudden': 'no' },
    mode: 'spread',
    view: 'side',
  },
};

/** What a store reads back: JSON text, migrated, then checked. */
const readBack = (stored: unknown) => consultDraftSchema.parse(migrateConsultDraft(JSON.parse(JSON.stringify(stored))));

describe('the kept consult (draft user file)', () => {
  it('is a user file kind of its own, stored in its own collection under a UUID', () => {
    expect(USER_FILE_KINDS).toContain('draft');
    expect(userFileFormat('draft').collection).toBe('drafts');
    expect(userFileIdSchema.safeParse(CONSULT_DRAFT_ID).success).toBe(true);
  });

  it('comes back exactly as written: unsaved handout, marks with roles, every answer including "not sure", the view', () => {
    expect(readBack(draft)).toEqual(draft);
  });

  it('refers to a saved handout by its id instead of holding a copy', () => {
    const saved = { ...draft, handout: { state: 'saved', handoutId: handout.id } };
    expect(readBack(saved)).toEqual(saved);
    expect(consultDraftSchema.safeParse({ ...saved, handout: { state: 'saved', handoutId: '../x' } }).success).toBe(
      false,
    );
  });

  it('may hold only one of the two parts', () => {
    const { triage: _triage, ...handoutOnly } = draft;
    const { handout: _handout, ...triageOnly } = draft;
    expect(readBack(handoutOnly)).toEqual(handoutOnly);
    expect(readBack(triageOnly)).toEqual(triageOnly);
  });

  it('refuses a draft under another id, a region the body map does not have, or an answer it does not know', () => {
    const refused = [
      { ...draft, id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70' },
      { ...draft, triage: { ...draft.triage!, regions: [{ region: 'elbow', side: 'left', role: 'main' }] } },
      { ...draft, triage: { ...draft.triage!, answers: { 'night-pain': 'maybe' } } },
      { ...draft, handout: { state: 'unsaved', handout: { ...handout, exercises: 'clamshell' } } },
    ];
    for (const value of refused) expect(consultDraftSchema.safeParse(value).success).toBe(false);
  });

  it('brings a handout kept in an older handout format up to date, as a saved handout would be', () => {
    const { include: _dropped, ...options } = handout.options;
    const old = { ...draft, handout: { state: 'unsaved', handout: { ...handout, schemaVersion: 0, options } } };
    expect(readBack(old).handout).toEqual({
      state: 'unsaved',
      handout: {
        ...handout,
        options: {
          ...options,
          include: { conditions: true, exercises: true, advice: true, notes: true, score: false },
        },
      },
    });
  });

  it('says why it cannot read a draft from a newer version, or one whose handout is', () => {
    expect(() => migrateConsultDraft({ ...draft, schemaVersion: 2 })).toThrow(/newer version of Stride Atlas/);
    expect(() =>
      migrateConsultDraft({ ...draft, handout: { state: 'unsaved', handout: { ...handout, schemaVersion: 9 } } }),
    ).toThrow(/the handout in this kept consult cannot be read: .*newer version/);
    expect(() => migrateConsultDraft('half a file')).toThrow(/not a kept consult/);
  });
});
