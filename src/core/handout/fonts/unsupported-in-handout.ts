/**
 * Characters in what the clinician typed (patient, clinic, notes, an exercise's load, tempo or
 * notes) that the PDF font cannot draw, with where they are, so the UI can say so before export.
 * Knowledge-base text is checked once, by a test, and needs no check here.
 */
import type { HandoutClinic } from '../document/handout-document-context';
import type { Handout } from '../handout';
import { findUnsupportedCharacters, type FontCoverage, type UnsupportedCharacter } from './font-coverage';
import { HANDOUT_FONT_COVERAGE } from './handout-font-coverage';

export interface UnsupportedCharactersInField {
  /** Where, in words: "Patient name", "Exercise 3 (Clamshell): notes". */
  field: string;
  characters: UnsupportedCharacter[];
}

function typedFields(
  handout: Handout,
  clinic: HandoutClinic,
  exerciseName: (id: string) => string,
): [string, string][] {
  return [
    ['Patient name', handout.patientName],
    ['Clinician name', handout.clinicianName],
    ['Clinic name', clinic.name],
    ['Clinic address', clinic.address],
    ['Clinic phone', clinic.phone],
    ['Clinic email', clinic.email],
    ['Notes', handout.notes],
    ...handout.exercises.flatMap((e, i): [string, string][] => {
      const where = `Exercise ${i + 1} (${exerciseName(e.exerciseId)})`;
      return [
        [`${where}: load`, e.load],
        [`${where}: tempo`, e.tempo],
        [`${where}: notes`, e.notes],
      ];
    }),
  ];
}

export function unsupportedCharactersInHandout(
  handout: Handout,
  clinic: HandoutClinic,
  options: { exerciseName?: (id: string) => string; coverage?: FontCoverage } = {},
): UnsupportedCharactersInField[] {
  const coverage = options.coverage ?? HANDOUT_FONT_COVERAGE;
  const name = options.exerciseName ?? ((id: string) => id);
  return typedFields(handout, clinic, name)
    .map(([field, text]) => ({ field, characters: findUnsupportedCharacters(text, coverage) }))
    .filter((f) => f.characters.length > 0);
}

/** One sentence for the UI or the CLI: which characters will not print, and where. */
export function describeUnsupportedCharacters(found: readonly UnsupportedCharactersInField[]): string | undefined {
  if (found.length === 0) return undefined;
  const parts = found.map(
    (f) => `${f.field}: ${f.characters.map((c) => `"${c.character}" (${c.codePoint})`).join(', ')}`,
  );
  return `The PDF font cannot print these characters; they would appear as empty boxes. ${parts.join('; ')}.`;
}
