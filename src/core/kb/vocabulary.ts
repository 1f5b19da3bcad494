/**
 * The closed vocabularies that code depends on. Body regions are fixed by DESIGN.md because the
 * body map draws one shape per region; the data file `data/body-regions.yaml` must list exactly
 * these ids (a test checks it). Findings are deliberately NOT listed here: the vocabulary may be
 * extended in data without touching code.
 */

export const BODY_REGION_IDS = [
  'lower-back',
  'si-joint',
  'buttock',
  'lateral-hip',
  'anterior-hip',
  'groin',
  'deep-hip',
  'anterior-thigh',
  'lateral-thigh',
  'medial-thigh',
  'posterior-thigh',
  'anterior-knee',
  'lateral-knee',
  'calf',
  'ankle',
  'heel-sole',
] as const;
export type BodyRegionId = (typeof BODY_REGION_IDS)[number];

export const BODY_VIEWS = ['front', 'back', 'side'] as const;
export type BodyView = (typeof BODY_VIEWS)[number];

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** Phases of rehabilitation, in the order a patient moves through them. */
export const PHASES = ['settle', 'load', 'return'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  settle: 'Settle',
  load: 'Load',
  return: 'Return to running',
};

export const EXERCISE_KINDS = [
  'strength',
  'mobility',
  'stretch',
  'plyometric',
  'warm-up',
  'motor-control',
  'cardio',
  'soft-tissue',
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const EQUIPMENT = [
  'none',
  'mat',
  'resistance-band',
  'loop-band',
  'sturdy-furniture',
  'small-ball',
  'stability-ball',
  'step',
  'bench-or-chair',
  'wall',
  'kettlebell',
  'dumbbell',
  'barbell',
  'leg-press-machine',
  'slide-board',
  'agility-ladder',
  'foam-roller',
  'massage-ball',
  'small-weight',
  'treadmill',
  'bicycle',
  'pool',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const POSITIONS = [
  'standing',
  'lying-on-back',
  'lying-on-side',
  'lying-on-front',
  'kneeling',
  'half-kneeling',
  'hands-and-knees',
  'sitting',
  'moving',
] as const;
export type Position = (typeof POSITIONS)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const EXERCISE_SIDES = ['one-side', 'both-sides', 'alternating'] as const;
export type ExerciseSides = (typeof EXERCISE_SIDES)[number];

export const CONDITION_CATEGORIES = [
  'tendon',
  'bursa',
  'joint',
  'bone',
  'muscle',
  'nerve',
  'referred',
  'pregnancy-related',
  'muscle-balance',
  'knee',
  'foot-and-ankle',
] as const;
export type ConditionCategory = (typeof CONDITION_CATEGORIES)[number];

export const TOPIC_CATEGORIES = [
  'training',
  'recovery',
  'technique',
  'anatomy',
  'equipment',
  'nutrition',
  'pregnancy',
  'safety',
  'return-to-running',
  'assessment',
] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];

export const FINDING_GROUPS = [
  'onset',
  'pattern',
  'aggravating',
  'symptoms',
  'training',
  'history',
  'population',
  'medical-history',
  'general-health',
] as const;
export type FindingGroup = (typeof FINDING_GROUPS)[number];

export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PREVALENCES = ['common', 'occasional', 'rare'] as const;
export type Prevalence = (typeof PREVALENCES)[number];
