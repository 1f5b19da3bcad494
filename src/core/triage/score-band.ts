/**
 * Turns a score into words. The thresholds are counted in the knowledge base's own weight units
 * (1 minor, 2 typical, 3 cardinal): "strong" needs about a primary region plus two cardinal
 * findings, "possible" about a primary region plus one typical finding.
 */
import type { ScoreBand } from './triage-types';

export const STRONG_SCORE = 9;
export const POSSIBLE_SCORE = 5;

export function scoreBand(score: number): ScoreBand {
  if (score >= STRONG_SCORE) return 'strong';
  if (score >= POSSIBLE_SCORE) return 'possible';
  return 'weak';
}
