import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';

describe('the knowledge base covers its vocabulary and the articles', async () => {
  const kb = await loadBundledKnowledgeBase();

  it('uses every body region in at least one condition', () => {
    const used = new Set(kb.conditions.flatMap((c) => c.regions.map((r) => r.id)));
    expect(kb.regions.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('uses every finding in a condition or a red flag, so no question is asked for nothing', () => {
    const used = new Set([
      ...kb.conditions.flatMap((c) => [...c.findings.for, ...c.findings.against].map((f) => f.id)),
      ...kb.redFlags.flatMap((f) =>
        f.when.flatMap((p) => [...(p.findingsAll ?? []), ...(p.findingsAny ?? []), ...(p.atLeast?.of ?? [])]),
      ),
    ]);
    expect(kb.findings.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('uses every exercise in at least one condition or topic', () => {
    const used = new Set([
      ...kb.conditions.flatMap((c) => c.management.flatMap((m) => m.exercises.map((e) => e.id))),
      ...kb.topics.flatMap((t) => t.exercises),
    ]);
    expect(kb.exercises.map((e) => e.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('names at least one reference article (not only consensus) for every condition, exercise and topic', () => {
    const consensusOnly = [...kb.conditions, ...kb.exercises, ...kb.topics]
      .filter((item) => item.sources.every((s) => s === 'clinical-consensus'))
      .map((item) => item.id);
    expect(consensusOnly.length).toBeLessThanOrEqual(6);
  });

  it('has every condition the articles describe, and more than fifty exercises', () => {
    const required = [
      'gluteal-tendinopathy',
      'hip-flexor-strain',
      'iliopsoas-tendinopathy',
      'femoroacetabular-impingement',
      'labral-tear',
      'iliotibial-band-syndrome',
      'hip-osteoarthritis',
      'femoral-neck-stress-fracture',
      'hamstring-strain',
      'proximal-hamstring-tendinopathy',
      'quadriceps-strain',
      'adductor-strain',
      'piriformis-syndrome',
      'lumbar-referred-pain',
      'sacroiliac-joint-pain',
      'pregnancy-related-hip-pain',
      'postpartum-hip-pain',
      'tight-hip-flexors',
      'patellofemoral-pain',
      'plantar-fasciitis',
      'ankle-pain-in-runners',
    ];
    const ids = new Set(kb.conditions.map((c) => c.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
    expect(kb.exercises.length).toBeGreaterThan(50);
  });

  it('has the advice topics the product needs', () => {
    const required = [
      'load-management',
      'pain-monitoring',
      'rest-sleep-recovery',
      'warm-up',
      'running-surfaces',
      'running-shoes',
      'nutrition-and-bone-health',
      'cross-training',
      'strength-training-for-runners',
      'cadence-and-overstriding',
      'running-gait-cycle',
      'hip-anatomy',
      'running-in-pregnancy-and-after-birth',
      'ice-and-heat',
      'when-to-see-a-doctor',
      'return-to-running-plan',
    ];
    const ids = new Set(kb.topics.map((t) => t.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});
