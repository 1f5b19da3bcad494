/**
 * Likelihood ratios of a clinical test, as the source gives them or computed from its sensitivity
 * and specificity, and what a recorded result is worth in triage. A result moves a condition by
 * log2 of its likelihood ratio, rounded and capped at the knowledge base's largest weight (3): a
 * ratio of 2 is one step, 4 two, 8 or more three, and the same downwards for a negative result.
 * So a test counts no more than a cardinal finding, and a test no better than chance counts nothing.
 */
import type { TestAccuracy } from './clinical-test-schema';

export const MAX_TEST_WEIGHT = 3;

export interface LikelihoodRatio {
  value: number;
  /** Computed here from sensitivity and specificity, not stated by the source. */
  computed: boolean;
}

export interface LikelihoodRatios {
  positive?: LikelihoodRatio;
  negative?: LikelihoodRatio;
}

export function likelihoodRatios(a: TestAccuracy): LikelihoodRatios {
  const out: LikelihoodRatios = {};
  const { sensitivity: sens, specificity: spec } = a;
  if (a.lrPositive !== undefined) out.positive = { value: a.lrPositive, computed: false };
  else if (sens !== undefined && spec !== undefined && spec < 1)
    out.positive = { value: sens / (1 - spec), computed: true };
  if (a.lrNegative !== undefined) out.negative = { value: a.lrNegative, computed: false };
  else if (sens !== undefined && spec !== undefined && spec > 0)
    out.negative = { value: (1 - sens) / spec, computed: true };
  return out;
}

/** Signed triage points for a likelihood ratio: positive above 1, negative below. */
export function likelihoodRatioPoints(lr: number): number {
  const steps = Math.round(Math.log2(lr));
  return Math.max(-MAX_TEST_WEIGHT, Math.min(MAX_TEST_WEIGHT, steps)) || 0;
}

/** "3.15" as the source states it; a computed ratio to two significant figures, and says so. */
export function formatRatioValue(lr: LikelihoodRatio): string {
  if (!lr.computed) return String(lr.value);
  const value = lr.value >= 10 ? Math.round(lr.value) : Number(lr.value.toPrecision(2));
  return `${value} (computed)`;
}

/** "LR+ 3.15", or "LR+ 2.5 (computed)" for a ratio computed from sensitivity and specificity. */
export function formatLikelihoodRatio(sign: '+' | '−', lr: LikelihoodRatio): string {
  return `LR${sign} ${formatRatioValue(lr)}`;
}

/** One study's figures as a table shows them: a proportion or ratio, or "not reported". */
export interface AccuracyFigures {
  sensitivity: string;
  specificity: string;
  lrPositive: string;
  lrNegative: string;
}

export const NOT_REPORTED = 'not reported';

export function accuracyFigures(a: TestAccuracy): AccuracyFigures {
  const ratios = likelihoodRatios(a);
  const proportion = (p: number | undefined) => (p === undefined ? NOT_REPORTED : String(p));
  return {
    sensitivity: proportion(a.sensitivity),
    specificity: proportion(a.specificity),
    lrPositive: ratios.positive ? formatRatioValue(ratios.positive) : NOT_REPORTED,
    lrNegative: ratios.negative ? formatRatioValue(ratios.negative) : NOT_REPORTED,
  };
}
