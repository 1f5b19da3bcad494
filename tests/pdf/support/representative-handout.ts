import { createHandout, handoutExerciseFromKb } from '../../../src/core/handout/create-handout';
import type { HandoutDocumentContext } from '../../../src/core/handout/document/handout-document-context';
import type { Handout, HandoutExercise } from '../../../src/core/handout/handout';
import { createKbLookup, type KbLookup } from '../../../src/core/kb/kb-lookup';
import { loadKnowledgeBase } from '../../../src/node/load-knowledge-base';
import { sampleLogoDataUrl } from './sample-logo';

export async function realLookup(): Promise<KbLookup> {
  const result = await loadKnowledgeBase();
  if (!result.ok) throw new Error(`the knowledge base is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
  return createKbLookup(result.kb);
}

export const REPRESENTATIVE_EXERCISES = [
  'clamshell',
  'glute-bridge',
  'side-lying-leg-raise',
  'standing-isometric-hip-abduction',
  'kneeling-hip-flexor-stretch',
  'walk-run-intervals',
];

export function exercisesFromKb(lookup: KbLookup, ids: readonly string[]): HandoutExercise[] {
  return ids.map((id) => {
    const exercise = lookup.exercise(id);
    if (!exercise) throw new Error(`no exercise ${id}`);
    return handoutExerciseFromKb(exercise);
  });
}

/** 2 conditions, 6 exercises, pain monitoring and return to running, a unicode patient name. */
export function representativeHandout(
  lookup: KbLookup,
  overrides: Partial<Parameters<typeof createHandout>[0]> = {},
): Handout {
  const exercises = exercisesFromKb(lookup, REPRESENTATIVE_EXERCISES);
  exercises[0] = { ...exercises[0]!, side: 'left', load: 'green loop band' };
  exercises[1] = { ...exercises[1]!, notes: 'Keep your knees hip-width apart.' };
  return createHandout({
    id: '7b0c1c3e-2f4e-4a51-9d7e-0c9f3a1b2c3d',
    now: '2026-03-02T10:15:00+00:00',
    date: '2026-03-02',
    patientName: 'Zoë Łukasz-Ørsted Çelik',
    clinicianName: 'Alex Morgan',
    conditions: ['gluteal-tendinopathy', 'hip-flexor-strain'],
    exercises,
    topics: ['pain-monitoring', 'return-to-running-plan'],
    notes: 'Run on flat routes for now.\nCall us if the night pain comes back.',
    ...overrides,
  });
}

export function representativeContext(
  lookup: KbLookup,
  overrides: Partial<HandoutDocumentContext> = {},
): HandoutDocumentContext {
  return {
    lookup,
    clinic: {
      name: 'Riverside Running Physio',
      address: '12 Mill Lane\nBristol BS1 4DJ',
      phone: '0117 496 0123',
      email: 'hello@riverside-physio.example',
      logoDataUrl: sampleLogoDataUrl(),
    },
    creator: 'Stride Atlas test',
    ...overrides,
  };
}
