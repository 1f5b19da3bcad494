import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { loadBundledKnowledgeBase } from '../support/bundled-knowledge-base';

/**
 * Every figure the reference articles give, with the item it belongs in and the article it comes
 * from. Each must appear in that item's facts (or dosage) attributed to that article.
 */
const FIGURES: { item: string; pattern: RegExp; source: string }[] = [
  { item: 'strength-training-for-runners', pattern: /3\s*(x|×|times)/i, source: 'hip-pain-in-distance-runners' },
  { item: 'strength-training-for-runners', pattern: /6\s*(x|×|times)/i, source: 'hip-pain-in-distance-runners' },
  { item: 'strength-training-for-runners', pattern: /8\s*(x|×|times)/i, source: 'hip-pain-in-distance-runners' },
  { item: 'strength-training-for-runners', pattern: /5\s*(x|×|times)/i, source: 'aching-hips-after-running' },
  { item: 'strength-training-for-runners', pattern: /50\s*%|half/i, source: 'hip-pain-in-distance-runners' },
  {
    item: 'strength-training-for-runners',
    pattern: /2[-–]3 (times|sessions)/i,
    source: 'hip-pain-in-distance-runners',
  },
  { item: 'gluteal-tendinopathy', pattern: /3 times body weight/i, source: 'hip-pain-in-distance-runners' },
  { item: 'femoroacetabular-impingement', pattern: /47\s*%/, source: 'hip-pain-in-distance-runners' },
  { item: 'labral-tear', pattern: /54\s*%/, source: 'hip-pain-in-distance-runners' },
  { item: 'load-management', pattern: /10\s*%/, source: 'hip-pain-after-running-nine-causes' },
  { item: 'load-management', pattern: /27\.5/, source: 'hip-pain-after-running-nine-causes' },
  { item: 'pain-monitoring', pattern: /4-5\/10|4–5\/10/, source: 'hip-pain-in-distance-runners' },
  { item: 'pain-monitoring', pattern: /24 hours/, source: 'hip-pain-in-distance-runners' },
  { item: 'pain-monitoring', pattern: /level 3/i, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'rest-sleep-recovery', pattern: /7[-–]8 hours/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'rest-sleep-recovery', pattern: /2\.5/, source: 'hip-pain-in-distance-runners' },
  { item: 'rest-sleep-recovery', pattern: /13\.5/, source: 'hip-pain-in-distance-runners' },
  { item: 'rest-sleep-recovery', pattern: /2\.1/, source: 'hip-pain-in-distance-runners' },
  { item: 'warm-up', pattern: /5[-–]10 min/, source: 'hip-pain-after-running-nine-causes' },
  { item: 'running-shoes', pattern: /300[-–]500 miles/, source: 'hip-pain-after-running-nine-causes' },
  { item: 'running-in-pregnancy-and-after-birth', pattern: /6 months/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'ice-and-heat', pattern: /15[-–]20 min/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'hip-flexor-strain', pattern: /72 hours/, source: 'hip-pain-in-distance-runners' },
  { item: 'hip-flexor-strain', pattern: /6 weeks/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'hamstring-strain', pattern: /24 hours/, source: 'its-in-the-hips' },
  {
    item: 'eccentric-hip-flexion-band',
    pattern: /2 × 15|2 x 15|2 sets of 15|reps: 15/i,
    source: 'why-do-my-hips-hurt-when-running',
  },
  { item: 'resisted-hip-flexion-standing', pattern: /reps: 20/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'seated-foot-taps', pattern: /reps: 20/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'single-leg-bridge-with-hip-rotation', pattern: /reps: 20/, source: 'why-do-my-hips-hurt-when-running' },
  { item: 'prone-hip-extension', pattern: /reps: 10/, source: 'why-do-my-hips-hurt-when-running' },
];

/** The attributed texts of one item: each fact with its sources, and the dosage as `key: value`. */
function attributedTexts(kb: KnowledgeBase, id: string): { text: string; sources: string[] }[] {
  const item = [...kb.conditions, ...kb.exercises, ...kb.topics].find((x) => x.id === id);
  if (!item) return [];
  const out = item.facts.map((f) => ({ text: f.text, sources: f.sources }));
  for (const d of item.disagreements) for (const p of d.positions) out.push({ text: p.position, sources: p.sources });
  if ('dosage' in item) {
    const { sources, ...rest } = item.dosage;
    out.push({
      text: Object.entries(rest)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('; '),
      sources,
    });
  }
  return out;
}

describe('every figure from the articles is in its item, attributed', async () => {
  const kb = await loadBundledKnowledgeBase();

  it.each(FIGURES)('$item has $pattern from $source', ({ item, pattern, source }) => {
    const texts = attributedTexts(kb, item);
    expect(texts.length, `${item} exists`).toBeGreaterThan(0);
    expect(texts.some((t) => pattern.test(t.text) && t.sources.includes(source))).toBe(true);
  });
});
