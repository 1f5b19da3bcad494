import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HANDOUT_FONT_FILES } from '../../core/handout/fonts/handout-font';
import { REPOSITORY_ROOT } from '../repository-paths';

/** The fonts the PDF embeds, shipped with the app (see resources/fonts/README.md). */
export const FONT_DIR = join(REPOSITORY_ROOT, 'resources', 'fonts');

/** Every face of the handout font, by file name, read from resources/fonts. */
export async function readHandoutFontFiles(fontDir = FONT_DIR): Promise<Map<string, Uint8Array>> {
  const names = Object.values(HANDOUT_FONT_FILES);
  const bytes = await Promise.all(names.map((name) => readFile(join(fontDir, name))));
  return new Map(names.map((name, i) => [name, bytes[i]!]));
}
