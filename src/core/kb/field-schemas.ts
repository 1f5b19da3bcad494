/** The field shapes every knowledge-base schema is built from. */
import { z } from 'zod';
import { kebabId } from './kebab-id';

export const text = z.string().trim().min(1, 'must not be empty');
export const textList = z.array(text);
export const idList = z.array(kebabId);
export const sourceIds = z.array(kebabId).min(1, 'must name at least one source');

/** A table as printed: a header row and rows of the same width. */
export const tableSchema = z
  .strictObject({
    columns: textList.min(2),
    rows: z.array(textList).min(1),
  })
  .refine((t) => t.rows.every((r) => r.length === t.columns.length), {
    message: 'every table row needs one cell per column',
  });
