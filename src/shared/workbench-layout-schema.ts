/**
 * Validation of a saved window layout, kept apart from the types and defaults in ./workbench-layout
 * so that the first window paints without zod: the renderer loads this module when it first reads
 * or writes a layout.
 */
import { z } from 'zod';
import { kebabId } from '../core/kb/kebab-id';
import { SIDE_BAR_WIDTH_LIMITS, ZOOM_LIMITS } from './workbench-layout';

// Built on first use (z.lazy), when a layout is first loaded or saved, not when this module loads.

export const editorInputSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('condition'), id: kebabId }),
    z.object({ kind: z.literal('exercise'), id: kebabId }),
    z.object({ kind: z.literal('topic'), id: kebabId }),
    z.object({ kind: z.literal('red-flag'), id: kebabId }),
    z.object({ kind: z.literal('clinical-test'), id: kebabId }),
    z.object({ kind: z.literal('handout') }),
    z.object({ kind: z.literal('gallery') }),
    z.object({ kind: z.literal('triage') }),
    z.object({ kind: z.literal('welcome') }),
  ]),
);

export const workbenchLayoutSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(1),
    activeView: kebabId,
    sideBarVisible: z.boolean(),
    sideBarWidth: z.number().int().min(SIDE_BAR_WIDTH_LIMITS.min).max(SIDE_BAR_WIDTH_LIMITS.max),
    tabs: z.array(z.object({ input: editorInputSchema, pinned: z.boolean(), scrollTop: z.number().min(0) })).max(100),
    activeTab: z.number().int().min(-1),
    zoomLevel: z.number().int().min(ZOOM_LIMITS.min).max(ZOOM_LIMITS.max),
    /** Added after the first release; defaults keep earlier layout files valid. */
    favourites: z.array(editorInputSchema).max(200).default([]),
    recent: z.array(editorInputSchema).max(50).default([]),
  }),
);
