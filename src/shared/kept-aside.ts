import { z } from 'zod';
import type { KeptAsideReason } from './loaded';

/**
 * A stored file or record that the app did not read: moved aside because it was damaged, or left
 * where it is because a newer version of Stride Atlas saved it. Settings lists them, so nothing kept
 * aside stays hidden.
 */
export interface KeptAsideFile {
  /** Names the file for `deleteKeptAside`: a path inside the user-data folder, or a record key. */
  id: string;
  /** What it was, in words: "handout", "template", "settings", "window layout", "window state". */
  what: string;
  reason: KeptAsideReason;
  /** Where it is, as the user could find it. */
  location: string;
}

/** Ids are the app's own names: no folder above the user-data folder, no odd characters. */
export const keptAsideIdSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9@:._/+-]+$/)
  .refine((id) => !id.split('/').includes('..'), 'must stay inside the user-data folder');

/** What a kept file was, from its name or key: `handouts/…`, `settings.…`. */
export function keptAsideWhat(name: string): string {
  if (name.startsWith('handouts/')) return 'handout';
  if (name.startsWith('templates/')) return 'template';
  const base = name.split('/').pop() ?? name;
  if (base.startsWith('settings')) return 'settings';
  if (base.startsWith('layout')) return 'window layout';
  if (base.startsWith('window-state')) return 'window state';
  return 'file';
}
