import { checkFigure } from '../core/figures/plausibility';
import type { KbIssue, KnowledgeBase } from '../core/kb/knowledge-base';
import { parseKnowledgeBase, type KbParseResult } from '../core/kb/parse-knowledge-base';
import { readKnowledgeBaseFiles } from './read-knowledge-base-files';
import { DATA_DIR, REPOSITORY_ROOT } from './repository-paths';

/** Every figure is a pose a body can take (core/figures reads core/kb, so core/kb cannot run this itself). */
function implausibleFigures(kb: KnowledgeBase): KbIssue[] {
  return kb.figures.flatMap((figure) =>
    checkFigure(
      figure,
      kb.exercises.find((e) => e.id === figure.id),
    ).map((p) => ({
      file: `data/figures/${figure.id}.yaml`,
      item: figure.id,
      ...(p.field ? { field: p.field } : {}),
      message: p.pose ? `pose "${p.pose}": ${p.message}` : p.message,
    })),
  );
}

/** Reads and checks data/: the schema, every cross-reference and every figure (the CLI, the build and tests). */
export async function loadKnowledgeBase(dataDir = DATA_DIR, rootDir = REPOSITORY_ROOT): Promise<KbParseResult> {
  return parseKnowledgeBase(await readKnowledgeBaseFiles(dataDir, rootDir), [implausibleFigures]);
}
