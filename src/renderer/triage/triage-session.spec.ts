import { describe, expect, it } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { TriageSession } from './triage-session.svelte';

const ids = (session: TriageSession) => session.result.candidates.map((c) => c.conditionId);

describe('TriageSession', () => {
  it('ranks conditions from what is marked and answered, and updates when they change', () => {
    const session = new TriageSession(knowledgeBase);
    expect(session.result.candidates).toEqual([]);
    session.toggle('lateral-hip', 'left');
    session.answer('lying-on-side-pain', 'yes');
    expect(ids(session).slice(0, 3)).toContain('gluteal-tendinopathy');
    session.toggle('lateral-hip', 'left');
    session.answer('lying-on-side-pain', undefined);
    expect(session.isEmpty).toBe(true);
    expect(session.result.candidates).toEqual([]);
  });

  it('keeps marks, answers and recorded tests for the kept consult, and brings them back as they were', () => {
    const session = new TriageSession(knowledgeBase);
    expect(session.kept).toBeUndefined();
    session.toggle('lateral-hip', 'left');
    session.answer('lying-on-side-pain', 'unsure');
    session.recordTest('single-leg-stance-30s', 'positive');
    session.view = 'back';
    const kept = session.kept!;
    expect(kept.tests).toEqual({ 'single-leg-stance-30s': 'positive' });
    const restored = new TriageSession(knowledgeBase);
    restored.restoreKept(JSON.parse(JSON.stringify(kept)));
    expect(restored.kept).toEqual(kept);
    expect(ids(restored)).toEqual(ids(session));
    const older = new TriageSession(knowledgeBase);
    older.restoreKept({ ...kept, tests: undefined });
    expect(older.kept!.tests).toEqual({});
  });

  it('gives newly picked regions the current mode’s role, and lets the role change later', () => {
    const session = new TriageSession(knowledgeBase);
    session.toggle('groin', 'right');
    session.mode = 'spread';
    session.toggle('anterior-thigh', 'right');
    expect(session.regions).toEqual([
      { region: 'groin', side: 'right', role: 'main' },
      { region: 'anterior-thigh', side: 'right', role: 'spread' },
    ]);
    session.setRole('anterior-thigh', 'right', 'main');
    expect(session.roleOf('anterior-thigh', 'right')).toBe('main');
    session.remove('groin', 'right');
    expect(session.roleOf('groin', 'right')).toBeUndefined();
    expect(session.regions).toHaveLength(1);
  });

  it('treats left and right alike: the same picture on either side gives the same ranking', () => {
    const rank = (side: 'left' | 'right') => {
      const session = new TriageSession(knowledgeBase);
      session.toggle('buttock', side);
      session.mode = 'spread';
      session.toggle('posterior-thigh', side);
      session.answer('prolonged-sitting-pain', 'yes');
      return ids(session);
    };
    expect(rank('left').length).toBeGreaterThan(0);
    expect(rank('left')).toEqual(rank('right'));
  });

  it('turns a contradicting "yes" into "no" (sudden onset after gradual onset)', () => {
    const session = new TriageSession(knowledgeBase);
    const sudden = knowledgeBase.findings.find((f) => f.id === 'onset-sudden')!;
    expect(sudden.excludes).toContain('onset-gradual');
    session.answer('onset-gradual', 'yes');
    session.answer('onset-sudden', 'yes');
    expect(session.answers).toEqual({ 'onset-gradual': 'no', 'onset-sudden': 'yes' });
    session.answer('onset-gradual', 'yes');
    expect(session.answers).toEqual({ 'onset-gradual': 'yes', 'onset-sudden': 'no' });
  });

  it('"Not sure" is recorded but leaves the ranking as it was', () => {
    const session = new TriageSession(knowledgeBase);
    session.toggle('groin', 'left');
    const before = session.result.candidates.map((c) => [c.conditionId, c.score]);
    session.answer('clicking', 'unsure');
    expect(session.answeredCount).toBe(1);
    expect(session.result.candidates.map((c) => [c.conditionId, c.score])).toEqual(before);
  });

  it('re-ranks on a recorded test result, keeps the results as a plain record, and clears one', () => {
    const session = new TriageSession(knowledgeBase);
    session.toggle('lateral-hip', 'right');
    const score = () => session.result.candidates.find((c) => c.conditionId === 'gluteal-tendinopathy')!.score;
    const before = score();
    session.recordTest('trendelenburg-sign', 'positive');
    expect(score()).toBeGreaterThan(before);
    expect(session.tests).toEqual({ 'trendelenburg-sign': 'positive' });
    expect(JSON.parse(JSON.stringify(session.tests))).toEqual({ 'trendelenburg-sign': 'positive' });
    expect(session.testCount).toBe(1);
    session.recordTest('trendelenburg-sign', 'negative');
    expect(score()).toBeLessThan(before);
    session.recordTest('trendelenburg-sign', undefined);
    expect(score()).toBe(before);
    expect(session.tests).toEqual({});
  });

  it('counts a recorded test as something to clear for a new patient', () => {
    const session = new TriageSession(knowledgeBase);
    session.recordTest('fadir', 'negative');
    expect(session.isEmpty).toBe(false);
    session.clear();
    expect(session.tests).toEqual({});
    expect(session.isEmpty).toBe(true);
  });

  it('forgets everything for a new patient, including the mode and the view', () => {
    const session = new TriageSession(knowledgeBase);
    session.mode = 'spread';
    session.view = 'back';
    session.toggle('si-joint', 'left');
    session.answer('pregnant', 'yes');
    session.clear();
    expect(session.regions).toEqual([]);
    expect(session.answers).toEqual({});
    expect(session.mode).toBe('main');
    expect(session.view).toBe('front');
    expect(session.isEmpty).toBe(true);
    expect(session.result.redFlags).toEqual([]);
  });
});
