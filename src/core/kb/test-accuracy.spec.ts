import { describe, expect, it } from 'vitest';
import type { TestAccuracy } from './clinical-test-schema';
import { accuracyFigures, formatLikelihoodRatio, likelihoodRatioPoints, likelihoodRatios } from './test-accuracy';

const study = (figures: Partial<TestAccuracy>): TestAccuracy => ({
  target: 'gluteal tendinopathy',
  referenceStandard: 'MRI',
  population: '17 patients',
  sources: ['a-2008'],
  ...figures,
});

describe('likelihood ratios of a clinical test', () => {
  it('uses the ratios a source states, and computes the others from sensitivity and specificity', () => {
    expect(likelihoodRatios(study({ sensitivity: 0.88, specificity: 0.973 }))).toEqual({
      positive: { value: expect.closeTo(32.6, 1) as number, computed: true },
      negative: { value: expect.closeTo(0.123, 3) as number, computed: true },
    });
    expect(likelihoodRatios(study({ specificity: 1, lrPositive: 12 }))).toEqual({
      positive: { value: 12, computed: false },
    });
  });

  it('computes nothing it cannot: a specificity of 1 has no finite LR+, a lone figure no ratio', () => {
    expect(likelihoodRatios(study({ sensitivity: 0.4, specificity: 1 })).positive).toBeUndefined();
    expect(likelihoodRatios(study({ sensitivity: 0.8 }))).toEqual({});
  });

  it('turns a ratio into at most three points either way, and a useless test into none', () => {
    expect([32.6, 12, 8, 4, 2, 1.4, 1, 0.7, 0.5, 0.25, 0.12, 0.01].map(likelihoodRatioPoints)).toEqual([
      3, 3, 3, 2, 1, 0, 0, -1, -1, -2, -3, -3,
    ]);
  });

  it('prints a stated ratio as the study gives it, and a computed one rounded and marked', () => {
    expect(formatLikelihoodRatio('+', { value: 32.61, computed: true })).toBe('LR+ 33 (computed)');
    expect(formatLikelihoodRatio('−', { value: 0.1234, computed: true })).toBe('LR− 0.12 (computed)');
    expect(formatLikelihoodRatio('+', { value: 3.15, computed: false })).toBe('LR+ 3.15');
  });
});

describe('accuracy figures for a table', () => {
  it('shows stated figures as given, computed ratios as such, and what is missing as not reported', () => {
    expect(accuracyFigures(study({ sensitivity: 0.5, specificity: 0.9, lrPositive: 12 }))).toEqual({
      sensitivity: '0.5',
      specificity: '0.9',
      lrPositive: '12',
      lrNegative: '0.56 (computed)',
    });
    expect(accuracyFigures(study({ lrNegative: 0.15 }))).toEqual({
      sensitivity: 'not reported',
      specificity: 'not reported',
      lrPositive: 'not reported',
      lrNegative: '0.15',
    });
  });
});
