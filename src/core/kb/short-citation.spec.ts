import { describe, expect, it } from 'vitest';
import type { Source } from './source-schema';
import { shortCitation } from './short-citation';

const paper = (authors: string, year = 2013): Source => ({
  id: 'paper',
  kind: 'systematic-review',
  authors,
  year,
  title: 'A title',
  journal: 'A journal',
  doi: '10.1136/bjsports-2012-091035',
  checked: ['https://pubmed.ncbi.nlm.nih.gov/'],
});

describe('shortCitation', () => {
  it('names the first author and the year, with "et al." when there are more', () => {
    expect(shortCitation(paper('Reiman MP, Goode AP, Hegedus EJ'), 'paper')).toBe('Reiman et al. 2013');
    expect(shortCitation(paper('Weir A, et al.', 2015), 'paper')).toBe('Weir et al. 2015');
    expect(shortCitation(paper('Uzoigwe CE', 2012), 'paper')).toBe('Uzoigwe 2012');
  });

  it('keeps a surname of several words', () => {
    expect(shortCitation(paper('De Souza MJ, Nattiv A'), 'paper')).toBe('De Souza et al. 2013');
    expect(shortCitation(paper('van Hylckama Vlieg A, Helmerhorst FM'), 'paper')).toBe(
      'van Hylckama Vlieg et al. 2013',
    );
  });

  it('names an article for runners by its title, consensus as such, and an unknown id as itself', () => {
    expect(shortCitation({ id: 'a', kind: 'article-for-runners', title: 'Aching Hips After Running' }, 'a')).toBe(
      'Aching Hips After Running',
    );
    expect(shortCitation({ id: 'c', kind: 'clinical-consensus', title: 'Consensus', note: 'n' }, 'c')).toBe(
      'clinical consensus',
    );
    expect(shortCitation(undefined, 'missing-source')).toBe('missing-source');
  });
});
