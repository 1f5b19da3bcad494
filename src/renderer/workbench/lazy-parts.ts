/**
 * The parts of the workbench that are not on the first screen. Each loads when first shown, and
 * all are fetched in idle time after start-up so that first use does not wait either.
 */
import { LazyPart } from './lazy-part.svelte';

export function createLazyParts() {
  return {
    documentView: new LazyPart('page view', () => import('../documents/DocumentView.svelte')),
    handoutEditor: new LazyPart('handout builder', () => import('../handout/HandoutEditor.svelte')),
    handoutSideView: new LazyPart('Handout view', () => import('../handout/HandoutSideView.svelte')),
    triageView: new LazyPart('body map', () => import('../triage/TriageView.svelte')),
    bodyMapSideView: new LazyPart('Body map view', () => import('../triage/BodyMapSideView.svelte')),
    settingsView: new LazyPart('Settings view', () => import('../settings/SettingsView.svelte')),
    figureGallery: new LazyPart('exercise gallery', () => import('../figures/FigureGallery.svelte')),
  };
}

/** Loads each part in turn when the browser is idle, in the order given (most used first). */
export function prefetchLazyParts(parts: readonly LazyPart<unknown>[]): void {
  const queue = [...parts];
  const next = () => {
    const part = queue.shift();
    if (part) void part.load().then(() => requestIdleCallback(next));
  };
  requestIdleCallback(next);
}
