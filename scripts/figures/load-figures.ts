/**
 * Reads every figure and exercise from data/ on its own, so the gallery can show (and flag) the
 * figures even while the knowledge base as a whole does not validate yet.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRuleExpander } from '../../src/core/kb/expand-rules';
import { exerciseFigureSchema, type ExerciseFigure } from '../../src/core/kb/figure-schema';
import { ruleSchema } from '../../src/core/kb/rule-schema';
import { exerciseSchema, type Exercise } from '../../src/core/kb/schema';
import { DATA_DIR } from '../../src/node/repository-paths';

export interface GalleryEntry {
  id: string;
  exercise: Exercise | undefined;
  figure: ExerciseFigure | undefined;
  /** Why the figure file could not be read, if it could not. */
  error?: string;
}

async function yamlFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(join(DATA_DIR, folder))).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

/** The shared rules, so exercise steps that refer to one read as in the app; none if the file is unreadable. */
async function loadRules() {
  try {
    const rules = ruleSchema.array().safeParse(parse(await readFile(join(DATA_DIR, 'rules.yaml'), 'utf8')));
    return rules.success ? rules.data : [];
  } catch {
    return [];
  }
}

export async function loadGalleryEntries(only?: readonly string[]): Promise<GalleryEntry[]> {
  const entries: GalleryEntry[] = [];
  const expand = createRuleExpander(await loadRules());
  for (const name of await yamlFiles('exercises')) {
    const id = name.slice(0, -5);
    if (only && only.length > 0 && !only.includes(id)) continue;
    const exercise = exerciseSchema.safeParse(parse(await readFile(join(DATA_DIR, 'exercises', name), 'utf8')));
    const entry: GalleryEntry = {
      id,
      exercise: exercise.success ? expand.exercises([exercise.data])[0] : undefined,
      figure: undefined,
    };
    try {
      const raw: unknown = parse(await readFile(join(DATA_DIR, 'figures', name), 'utf8'));
      const figure = exerciseFigureSchema.safeParse(raw);
      if (figure.success) entry.figure = figure.data;
      else entry.error = figure.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    } catch (e) {
      entry.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
    entries.push(entry);
  }
  return entries;
}
