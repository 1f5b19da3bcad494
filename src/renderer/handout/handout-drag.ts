/**
 * Dragging knowledge-base items into the handout. The Library (and any page) puts
 * `{ kind, id }` as JSON under this MIME type; the builder accepts only well-formed items.
 */
import { z } from 'zod';
import { kebabId } from '../../core/kb/kebab-id';
import type { HandoutItemRef } from '../workbench/workbench-actions';

export const ATLAS_ITEM_MIME = 'application/x-stride-atlas-item';

const itemSchema = z.object({ kind: z.enum(['condition', 'exercise', 'topic']), id: kebabId });

export function carriesAtlasItem(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes(ATLAS_ITEM_MIME);
}

/** The dropped item, or undefined for anything else (text, files, a malformed payload). */
export function droppedAtlasItem(data: DataTransfer | null): HandoutItemRef | undefined {
  if (!carriesAtlasItem(data)) return undefined;
  try {
    const parsed = itemSchema.safeParse(JSON.parse(data!.getData(ATLAS_ITEM_MIME)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
