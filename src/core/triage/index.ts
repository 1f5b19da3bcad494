export * from './triage-types';
export { triage } from './triage';
export { triageQuestions, triageRegions, FINDING_GROUP_LABELS } from './triage-questions';
export { TRIAGE_DISCLAIMER } from './triage-disclaimer';
