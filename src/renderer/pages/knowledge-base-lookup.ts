import { createKbLookup, type KbLookup } from '../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import type { ExerciseFigure } from '../../core/kb/figure-schema';

const lookups = new WeakMap<KnowledgeBase, KbLookup>();

/**
 * One look-up per knowledge base, shared by every page: the knowledge base is fixed for the life
 * of the window, so opening a page never rebuilds the id maps and reverse links.
 */
export function lookupFor(knowledgeBase: KnowledgeBase): KbLookup {
  let lookup = lookups.get(knowledgeBase);
  if (!lookup) {
    lookup = createKbLookup(knowledgeBase);
    lookups.set(knowledgeBase, lookup);
  }
  return lookup;
}

const figureMaps = new WeakMap<KnowledgeBase, Map<string, ExerciseFigure>>();

/** An exercise's illustration; undefined for an exercise that has none yet (a clinic's own). */
export function figureFor(knowledgeBase: KnowledgeBase, exerciseId: string): ExerciseFigure | undefined {
  let figures = figureMaps.get(knowledgeBase);
  if (!figures) {
    figures = new Map(knowledgeBase.figures.map((f) => [f.id, f]));
    figureMaps.set(knowledgeBase, figures);
  }
  return figures.get(exerciseId);
}
