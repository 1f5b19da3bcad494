/** Drops into the handout builder: only well-formed knowledge-base items (see workbench-api/item-drag.ts). */
import { z } from 'zod';
import { kebabId } from '../../core/kb/kebab-id';
import type { HandoutItemRef } from '../workbench-api/workbench-actions';
import { ATLAS_ITEM_MIME, carriesAtlasItem } from '../workbench-api/item-drag';

const itemSchema = z.object({ kind: z.enum(['condition', 'exercise', 'topic']), id: kebabId });

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
