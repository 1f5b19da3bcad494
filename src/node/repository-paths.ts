import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location (src/node/). */
export const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The knowledge-base folder. `STRIDE_ATLAS_DATA_DIR` points the CLI and the build at another
 * folder; tests use it to check that a broken knowledge base fails the build.
 */
export const DATA_DIR = process.env['STRIDE_ATLAS_DATA_DIR']
  ? resolve(process.env['STRIDE_ATLAS_DATA_DIR'])
  : join(REPOSITORY_ROOT, 'data');
