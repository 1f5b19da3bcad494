/** The handout API for the UI, the stores, the CLI and the renderers. */
export * from './handout';
export {
  createHandout,
  handoutExerciseFromKb,
  templateProgramme,
  unknownHandoutReferences,
  DEFAULT_HANDOUT_OPTIONS,
  DEFAULT_REVIEW_AFTER_WEEKS,
} from './create-handout';
export type { NewHandoutInput, FromKbOptions } from './create-handout';
export { countDailyExercises, adherenceWarning, MAX_DAILY_EXERCISES } from './adherence';
export { deriveRedFlags, groupRedFlags, GENERAL_RED_FLAG_IDS } from './red-flags';
export type { RedFlagGroup } from './red-flags';
export { convertDistances, roundDistance } from './distance-units';
export type { DistanceUnits } from './distance-units';
export { addDays, formatHandoutDate } from './handout-dates';
export { prescriptionLines } from './exercise-prescription';
export type { PrescriptionLines } from './exercise-prescription';
export { findUnsupportedCharacters, isCovered } from './fonts/font-coverage';
export type { FontCoverage, UnsupportedCharacter } from './fonts/font-coverage';
export { HANDOUT_FONT_COVERAGE } from './fonts/handout-font-coverage';
export { unsupportedCharactersInHandout, describeUnsupportedCharacters } from './fonts/unsupported-in-handout';
export type { UnsupportedCharactersInField } from './fonts/unsupported-in-handout';
export { buildHandoutDocument } from './document/build-handout-document';
export type { HandoutDocumentDefinition } from './document/build-handout-document';
export type {
  HandoutDocumentContext,
  HandoutClinic,
  ExerciseFigure,
  FigureFor,
} from './document/handout-document-context';
export { toPdfmakeDocument } from './document/to-pdfmake-document';
export { HANDOUT_TABLE_LAYOUTS } from './document/table-layouts';
export type { TDocumentDefinitions } from './document/pdfmake-types';
