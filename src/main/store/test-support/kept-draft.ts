import { createHandout } from '../../../core/handout/create-handout';
import { CONSULT_DRAFT_ID, CONSULT_DRAFT_SCHEMA_VERSION, type ConsultDraft } from '../../../shared/consult-draft';

/** 15 exercises of the knowledge base: the draft the start-up benchmark measures too. */
export const FIFTEEN_EXERCISES = [
  'clamshell',
  'glute-bridge',
  'side-plank',
  'step-up',
  'dead-bug',
  'sit-to-stand',
  'copenhagen-adductor-plank',
  'single-leg-glute-bridge',
  'side-lying-leg-raise',
  'banded-lateral-walk',
  'single-leg-calf-raise',
  'rear-foot-elevated-split-squat',
  'single-leg-romanian-deadlift',
  'standing-isometric-hip-abduction',
  'prone-hip-extension',
];

/**
 * The kept consult after `write` changes: a handout of 15 exercises whose every field says which
 * write it is (so half of one write and half of another cannot pass for a whole one), plus marks.
 */
export function keptDraft(write: number): ConsultDraft {
  const mark = `write ${write}`;
  const handout = createHandout({
    id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
    now: '2026-03-02T09:00:00+00:00',
    date: '2026-03-02',
    patientName: mark,
    notes: `${mark}. `.repeat(300).trim(),
  });
  return {
    schemaVersion: CONSULT_DRAFT_SCHEMA_VERSION,
    id: CONSULT_DRAFT_ID,
    updatedAt: new Date(Date.UTC(2026, 2, 2, 9, 0, 0, write)).toISOString(),
    handout: {
      state: 'unsaved',
      handout: {
        ...handout,
        exercises: FIFTEEN_EXERCISES.map((exerciseId) => ({
          exerciseId,
          sets: 3,
          reps: 12,
          holdSeconds: null,
          durationMinutes: null,
          perDay: 1,
          perWeek: 4,
          load: mark,
          side: 'both',
          tempo: mark,
          notes: `${mark} `.repeat(60).trim(),
        })),
      },
    },
    triage: {
      regions: [{ region: 'lateral-hip', side: 'left', role: 'main' }],
      answers: { 'night-pain': 'unsure' },
      mode: 'main',
      view: 'front',
    },
  };
}
