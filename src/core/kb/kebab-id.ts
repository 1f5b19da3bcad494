import { z } from 'zod';

/**
 * The id format of every knowledge-base item. Its own module so that code needing only ids
 * (the renderer's saved handouts and layout) does not construct the whole knowledge-base schema.
 */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (lowercase letters, digits, hyphens)');
