/**
 * The window layout (views, tabs, zoom, favourites) and its default. The schema that checks a
 * saved layout is in ./workbench-layout-schema (zod), loaded only when a layout is read or written.
 */
import type { z } from 'zod';
import type { editorInputSchema, workbenchLayoutSchema } from './workbench-layout-schema';

export const VIEW_IDS = ['library', 'search', 'body-map', 'handout', 'settings'] as const;
/** The side bar widths and zoom levels a saved layout may hold. */
export const SIDE_BAR_WIDTH_LIMITS = { min: 160, max: 800 } as const;
export const ZOOM_LIMITS = { min: -5, max: 8 } as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** What an editor tab shows. Knowledge-base pages are referred to by their stable ids. */
export type EditorInput = z.infer<typeof editorInputSchema>;
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
