/**
 * The shapes that flow through triage: what the clinician selected (regions and answers), and what
 * comes back (red-flag alerts first, then ranked conditions with their reasons). The UI, the CLI
 * and the tests all speak these types.
 */
import type { BodyRegionId, FindingGroup, Side, Urgency } from '../kb/vocabulary';

/** Whether a region is where it mainly hurts or where the pain spreads to. */
export type PainRole = 'main' | 'spread';

export interface RegionSelection {
  region: BodyRegionId;
  side: Side;
  role: PainRole;
}

/** 'unsure' is recorded (so the UI can show it) but counts neither for nor against. */
export type FindingAnswer = 'yes' | 'no' | 'unsure';

/** The result of a clinical examination test the clinician has done. */
export type TestResult = 'positive' | 'negative';

export interface TriageInput {
  regions: readonly RegionSelection[];
  /** Answers keyed by finding id. Ids the knowledge base does not know are ignored (and reported). */
  findings: Readonly<Record<string, FindingAnswer>>;
  /** Results keyed by clinical test id; each moves the conditions its accuracy studies are for. */
  tests?: Readonly<Record<string, TestResult>>;
}

/** How well a condition fits, in words a clinician can act on. */
export type ScoreBand = 'strong' | 'possible' | 'weak';

/** One piece of evidence for or against a condition, with the weight the knowledge base gives it. */
export interface TriageReason {
  kind: 'region' | 'finding' | 'test';
  id: string;
  label: string;
  weight: number;
}

export interface TriageCandidate {
  conditionId: string;
  name: string;
  score: number;
  band: ScoreBand;
  supporting: TriageReason[];
  against: TriageReason[];
  /** Plain sentences: what to ask or check to tell it apart from the next candidate. */
  askNext: string[];
  /** The clinical test that `askNext` suggests last, when it suggests one, so its result can be recorded there. */
  testToCheck?: { id: string; name: string };
  /** Set when the condition itself needs a doctor (the knowledge base's `referral`). */
  referral?: { urgency: Urgency; reason: string };
}

export interface RedFlagAlert {
  redFlagId: string;
  title: string;
  action: string;
  urgency: Urgency;
  /** Why it was raised: the findings and regions that matched, or the condition that needs referral. */
  because: string[];
}

export interface TriageResult {
  /** Most urgent first. */
  redFlags: RedFlagAlert[];
  /** Best fit first; empty when nothing was selected or answered. */
  candidates: TriageCandidate[];
  /** Finding ids in the input that the knowledge base does not know; they were ignored. */
  unknownFindings: string[];
  /** Test ids in the input that the knowledge base does not know; they were ignored. */
  unknownTests: string[];
}

/** One plain-language question of the triage form. */
export interface TriageQuestion {
  findingId: string;
  label: string;
  question: string;
  /** Findings that cannot both be 'yes' with this one. */
  excludes: string[];
}

/** The questions of one finding group, in FINDING_GROUPS order. */
export interface TriageQuestionGroup {
  group: FindingGroup;
  label: string;
  questions: TriageQuestion[];
}

/** A body region as the picker shows it. */
export interface TriageRegionOption {
  id: BodyRegionId;
  label: string;
  patientLabel: string;
  sided: boolean;
}
