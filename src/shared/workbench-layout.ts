/**
 * The window layout (views, tabs, zoom, favourites) and its default. The schema that checks a
 * saved layout is in ./workbench-layout-schema (zod), loaded only when a layout is read or written.
 */
import type { z } from 'zod';
import { refuseNewerFormat } from '../core/handout/migrate-stored-file';
import type { editorInputSchema, workbenchLayoutSchema } from './workbench-layout-schema';

/** The side bar widths and zoom levels a saved layout may hold. */
export const SIDE_BAR_WIDTH_LIMITS = { min: 160, max: 800 } as const;
export const ZOOM_LIMITS = { min: -5, max: 8 } as const;
/**
 * A side-bar view, by the id it is registered with in the renderer (src/renderer/workbench/registry).
 * A saved layout may name a view this version does not have (a later version's); the renderer then
 * shows its first view, and the rest of the layout (tabs, favourites) is kept.
 */
export type ViewId = string;

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

/**
 * A layout of a newer format is left as it is (see NewerFormatError), not read as damaged and replaced.
 * Here, not beside the schema, so the web build can check before it loads zod.
 */
export const refuseNewerLayout = (raw: unknown): unknown => refuseNewerFormat(raw, 'window layout', 1);
