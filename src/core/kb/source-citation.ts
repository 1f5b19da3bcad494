/**
 * How a source reads in a reference list: its title, then the line a clinician needs to find it
 * (authors, journal, year, DOI or PMID for literature; author and date for an article for runners).
 */
import type { Source } from './source-schema';
import { SOURCE_KIND_LABELS } from './source-kinds';

export interface SourceCitation {
  title: string;
  /** Authors, journal, year and locator, or the article's author and date. Empty when unknown. */
  detail: string;
  kind: string;
  /** A link for the reader to follow where the app runs with a browser; never fetched by the app. */
  doi?: string;
  pmid?: string;
  note?: string;
}

export function citeSource(source: Source | undefined, id: string): SourceCitation {
  if (!source) return { title: id, detail: '', kind: 'Unknown source' };
  const kind = SOURCE_KIND_LABELS[source.kind];
  switch (source.kind) {
    case 'article-for-runners':
      return {
        title: source.title,
        detail: [source.author, source.date].filter(Boolean).join(' · '),
        kind,
        ...(source.note ? { note: source.note } : {}),
      };
    case 'clinical-consensus':
      return { title: source.title, detail: '', kind, note: source.note };
    default: {
      const where = [source.journal, [source.year, source.locator].filter(Boolean).join(';')].join('. ');
      return {
        title: source.title,
        detail: `${source.authors} ${where}.`,
        kind,
        ...(source.doi ? { doi: source.doi } : {}),
        ...(source.pmid ? { pmid: source.pmid } : {}),
        ...(source.note ? { note: source.note } : {}),
      };
    }
  }
}
