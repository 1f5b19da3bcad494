/**
 * The sources the knowledge base cites. Three shapes, told apart by `kind`:
 * - the five reference articles written for runners (what they say is kept, with their titles);
 * - `clinical-consensus`, for established practice that no cited source states (used sparingly);
 * - peer-reviewed literature, which must be identifiable: authors, year, title, journal and a DOI
 *   or PMID, plus the pages where the reference was checked. A malformed DOI or PMID fails the build.
 */
import { z } from 'zod';
import { kebabId } from './kebab-id';
import { DOI_PATTERN, LITERATURE_KINDS, PMID_PATTERN } from './source-kinds';

const text = z.string().trim().min(1, 'must not be empty');

const literatureSourceSchema = z
  .strictObject({
    id: kebabId,
    kind: z.enum(LITERATURE_KINDS),
    /** "Surname AB, Surname CD, et al." as the checked page gave them. */
    authors: text,
    year: z.number().int().min(1900).max(2100),
    title: text,
    journal: text,
    /** Volume, issue and pages where a checked page gave them, e.g. "2014;370(14):1307-1315". */
    locator: text.optional(),
    doi: z.string().regex(DOI_PATTERN, 'must be a DOI such as 10.1136/bjsports-2016-096743').optional(),
    pmid: z.string().regex(PMID_PATTERN, 'must be a PubMed id (digits only)').optional(),
    /** The pages the reference was checked against (journal, PubMed, PMC, publisher). */
    checked: z.array(z.url({ message: 'must be the address of the page that was read' })).min(1),
    /** A caveat a reader should know (a correction, a population, a number seen only second-hand). */
    note: text.optional(),
  })
  .refine((s) => s.doi !== undefined || s.pmid !== undefined, {
    message: 'a peer-reviewed source needs a DOI or a PMID that was checked',
    path: ['doi'],
  });

const articleSourceSchema = z.strictObject({
  id: kebabId,
  kind: z.literal('article-for-runners'),
  title: text,
  author: text.optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  note: text.optional(),
});

const consensusSourceSchema = z.strictObject({
  id: kebabId,
  kind: z.literal('clinical-consensus'),
  title: text,
  note: text,
});

export const sourceSchema = z.discriminatedUnion('kind', [
  literatureSourceSchema,
  articleSourceSchema,
  consensusSourceSchema,
]);

export type LiteratureSource = z.infer<typeof literatureSourceSchema>;
export type ArticleSource = z.infer<typeof articleSourceSchema>;
export type Source = z.infer<typeof sourceSchema>;
