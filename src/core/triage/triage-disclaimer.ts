/** Shown with every triage result, in the app and the CLI, so the ranking is never read as a diagnosis. */
export const TRIAGE_DISCLAIMER =
  'This ranking supports clinical reasoning; it does not diagnose. Examine the patient and use your judgement.';
