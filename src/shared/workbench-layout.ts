import { z } from 'zod';
import { kebabId } from '../core/kb/kebab-id';

export const VIEW_IDS = ['library', 'search', 'body-map', 'handout', 'settings'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

// The schemas are built on first use (z.lazy): building every zod schema in the renderer costs
// tens of milliseconds before the first paint, and these wait until a layout is loaded or saved.

/** What an editor tab shows. Knowledge-base pages are referred to by their stable ids. */
export const editorInputSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('condition'), id: kebabId }),
    z.object({ kind: z.literal('exercise'), id: kebabId }),
    z.object({ kind: z.literal('topic'), id: kebabId }),
    z.object({ kind: z.literal('red-flag'), id: kebabId }),
    z.object({ kind: z.literal('handout') }),
    z.object({ kind: z.literal('gallery') }),
    z.object({ kind: z.literal('triage') }),
    z.object({ kind: z.literal('welcome') }),
  ]),
);
export type EditorInput = z.infer<typeof editorInputSchema>;

export const workbenchLayoutSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(1),
    activeView: z.enum(VIEW_IDS),
    sideBarVisible: z.boolean(),
    sideBarWidth: z.number().int().min(160).max(800),
    tabs: z
      .array(z.object({ input: editorInputSchema, pinned: z.boolean(), scrollTop: z.number().min(0) }))
      .max(100),
    activeTab: z.number().int().min(-1),
    zoomLevel: z.number().int().min(-5).max(8),
    /** Added after the first release; defaults keep earlier layout files valid. */
    favourites: z.array(editorInputSchema).max(200).default([]),
    recent: z.array(editorInputSchema).max(50).default([]),
  }),
);
export type WorkbenchLayout = z.infer<typeof workbenchLayoutSchema>;

export const DEFAULT_LAYOUT: WorkbenchLayout = {
  schemaVersion: 1,
  activeView: 'library',
  sideBarVisible: true,
  sideBarWidth: 300,
  tabs: [],
  activeTab: -1,
  zoomLevel: 0,
  favourites: [],
  recent: [],
};
