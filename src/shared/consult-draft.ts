/**
 * The consult in progress, kept as the physio works so a reload, a crash or a restart loses
 * nothing (issue 24, "hot exit"). It is a user file of its own kind (`draft`), stored beside the
 * saved handouts by both hosts, always under one fixed id: a window keeps one consult. The schema
 * that checks a stored one is apart (consult-draft-schema.ts), so the start-up scripts need no zod.
 */
import type { Handout } from '../core/handout/handout';
import type { BodyView } from '../core/kb/vocabulary';
import type { FindingAnswer, PainRole, RegionSelection, TestResult } from '../core/triage/triage-types';

export const CONSULT_DRAFT_SCHEMA_VERSION = 1;
/** The one id the kept consult is stored under (a UUID, as every user file's id must be). */
export const CONSULT_DRAFT_ID = '5a7e0c0d-2400-4000-8000-000000000024';

/**
 * The handout in the builder. A handout that is saved and unchanged is only referred to, so the
 * draft never holds a second copy of a saved file; one with unsaved changes is kept whole.
 */
export type KeptHandout = { state: 'saved'; handoutId: string } | { state: 'unsaved'; handout: Handout };

/**
 * The body map and its questions: marked regions with their roles, every answer, the recorded
 * examination tests (absent in drafts kept before tests could be recorded), the role and view.
 */
export interface KeptTriage {
  regions: RegionSelection[];
  answers: Record<string, FindingAnswer>;
  tests?: Record<string, TestResult>;
  mode: PainRole;
  view: BodyView;
}

export interface ConsultDraft {
  schemaVersion: typeof CONSULT_DRAFT_SCHEMA_VERSION;
  id: string;
  updatedAt: string;
  handout?: KeptHandout;
  triage?: KeptTriage;
}
