import { describe, expect, it } from 'vitest';
import { sourceSchema } from './source-schema';

const paper = {
  id: 'kamel-2014-postpartum-thrombosis',
  kind: 'cohort',
  authors: 'Kamel H, Navi BB, Sriram N, et al.',
  year: 2014,
  title: 'Risk of a thrombotic event after the 6-week postpartum period',
  journal: 'N Engl J Med',
  locator: '370(14):1307-1315',
  doi: '10.1056/NEJMoa1311485',
  pmid: '24524551',
  checked: ['https://pubmed.ncbi.nlm.nih.gov/24524551/'],
};

const problems = (value: unknown) => {
  const result = sourceSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('sources: peer-reviewed references must be identifiable', () => {
  it('accepts a paper with its DOI and PMID, or with either one', () => {
    expect(problems(paper)).toEqual([]);
    const { pmid: _pmid, ...doiOnly } = paper;
    const { doi: _doi, ...pmidOnly } = paper;
    expect(problems(doiOnly)).toEqual([]);
    expect(problems(pmidOnly)).toEqual([]);
  });

  it('refuses a paper with neither a DOI nor a PMID', () => {
    const { doi: _doi, pmid: _pmid, ...neither } = paper;
    expect(problems(neither)).toEqual(['doi: a peer-reviewed source needs a DOI or a PMID that was checked']);
  });

  it('refuses a malformed DOI or PMID', () => {
    expect(problems({ ...paper, doi: 'https://doi.org/10.1056/NEJMoa1311485' })).toEqual([
      'doi: must be a DOI such as 10.1136/bjsports-2016-096743',
    ]);
    expect(problems({ ...paper, doi: '10.1056 NEJMoa1311485' })).toHaveLength(1);
    expect(problems({ ...paper, pmid: 'PMID 24524551' })).toEqual(['pmid: must be a PubMed id (digits only)']);
  });

  it('refuses a paper with no record of where it was checked', () => {
    expect(problems({ ...paper, checked: [] })).toHaveLength(1);
    expect(problems({ ...paper, checked: ['pubmed'] })).toEqual([
      'checked.0: must be the address of the page that was read',
    ]);
  });

  it('keeps the articles for runners and clinical consensus in their own shapes', () => {
    expect(
      problems({ id: 'its-in-the-hips', kind: 'article-for-runners', title: 'It’s in the hips', date: '2021-11-08' }),
    ).toEqual([]);
    expect(problems({ id: 'clinical-consensus', kind: 'clinical-consensus', title: 'Clinical consensus' })).toEqual([
      'note: Invalid input: expected string, received undefined',
    ]);
    expect(problems({ ...paper, kind: 'blog' }).length).toBeGreaterThan(0);
  });
});
