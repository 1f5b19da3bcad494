/**
 * Programme entries as a clinician would start them: an exercise gets the dosage its condition
 * prescribes for the phase (when one of the handout's conditions names it), otherwise the
 * exercise's own; a new handout for a condition starts with that condition's first phase.
 */
import { handoutExerciseFromKb } from '../../core/handout/create-handout';
import { convertDistances, type DistanceUnits } from '../../core/handout/distance-units';
import type { HandoutExercise } from '../../core/handout/handout';
import type { KbLookup } from '../../core/kb/kb-lookup';
import type { Condition, Exercise, PhasePlan } from '../../core/kb/schema';

type PhaseExercise = PhasePlan['exercises'][number];

function entry(exercise: Exercise, prescribed: PhaseExercise | undefined, units: DistanceUnits): HandoutExercise {
  const base = handoutExerciseFromKb(exercise, { override: prescribed?.dosage, units });
  const phaseNote = prescribed?.note ? convertDistances(prescribed.note, units) : '';
  return { ...base, notes: [base.notes, phaseNote].filter(Boolean).join(' ').slice(0, 1000) };
}

/** The first phase plan of these conditions that prescribes the exercise, and how. */
function prescription(exerciseId: string, conditions: readonly Condition[]): PhaseExercise | undefined {
  for (const condition of conditions) {
    for (const phase of condition.management) {
      const found = phase.exercises.find((e) => e.id === exerciseId);
      if (found) return found;
    }
  }
  return undefined;
}

/** A programme entry for an exercise, dosed for the first of `conditionIds` that prescribes it. */
export function entryForExercise(
  lookup: KbLookup,
  exercise: Exercise,
  conditionIds: readonly string[],
  units: DistanceUnits,
): HandoutExercise {
  const conditions = conditionIds.map((id) => lookup.condition(id)).filter((c): c is Condition => c !== undefined);
  return entry(exercise, prescription(exercise.id, conditions), units);
}

export interface ConditionProgramme {
  conditions: string[];
  exercises: HandoutExercise[];
  topics: string[];
}

/** The condition, its first phase's exercises with that phase's dosage, and its advice topics. */
export function programmeForCondition(
  lookup: KbLookup,
  condition: Condition,
  units: DistanceUnits,
): ConditionProgramme {
  const firstPhase = condition.management[0];
  const exercises = (firstPhase?.exercises ?? []).flatMap((prescribed) => {
    const exercise = lookup.exercise(prescribed.id);
    return exercise ? [entry(exercise, prescribed, units)] : [];
  });
  return {
    conditions: [condition.id],
    exercises,
    topics: condition.topics.filter((id) => lookup.topic(id) !== undefined),
  };
}
