/**
 * Dragging knowledge-base items between parts of the workbench. The Library (and any page) puts
 * `{ kind, id }` as JSON under this MIME type; the handout builder accepts only well-formed items
 * (handout/handout-drop.ts, which needs zod, so the Library can offer drags without loading it).
 */
export const ATLAS_ITEM_MIME = 'application/x-stride-atlas-item';

export function carriesAtlasItem(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes(ATLAS_ITEM_MIME);
}
