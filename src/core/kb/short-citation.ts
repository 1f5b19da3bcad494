/**
 * A source as a reason or a table cell names it in a few words: "Reiman et al. 2013" for the
 * literature (first author's surname and year, as a clinician cites in conversation), the title of
 * an article for runners, "clinical consensus" for established practice. The full reference stays
 * on the page's source list.
 */
import type { Source } from './source-schema';

/** "De Souza MJ" → "De Souza": the trailing initials are dropped, a multi-word surname is kept. */
function surname(author: string): string {
  const words = author.trim().split(/\s+/);
  const initials = words.length > 1 && /^[A-Z\u00C0-\u00DE]{1,4}$/.test(words.at(-1)!);
  return (initials ? words.slice(0, -1) : words).join(' ');
}

export function shortCitation(source: Source | undefined, id: string): string {
  if (!source) return id;
  switch (source.kind) {
    case 'article-for-runners':
      return source.title;
    case 'clinical-consensus':
      return 'clinical consensus';
    default: {
      const authors = source.authors
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a && !/^et al\.?$/i.test(a));
      const first = surname(authors[0] ?? source.authors);
      const more = authors.length > 1 || /et al/i.test(source.authors);
      return `${first}${more ? ' et al.' : ''} ${source.year}`;
    }
  }
}
