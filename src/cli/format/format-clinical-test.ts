/** A clinical test as terminal text: how to do it, what it means, and every study's figures with its source. */
import type { ClinicalTest } from '../../core/kb/clinical-test-schema';
import type { KbLookup } from '../../core/kb/kb-lookup';
import { shortCitation } from '../../core/kb/short-citation';
import { accuracyFigures } from '../../core/kb/test-accuracy';
import { bullets, field, heading, wrap } from './text-blocks';

function itemName(lookup: KbLookup, id: string): string {
  const entry = lookup.item(id);
  return entry ? entry.item.name : id;
}

export function formatClinicalTest(lookup: KbLookup, t: ClinicalTest): string[] {
  const cite = (ids: readonly string[]) => ids.map((id) => shortCitation(lookup.source(id), id)).join('; ');
  const studies = t.accuracy.flatMap((a) => {
    const f = accuracyFigures(a);
    const forWhat = a.condition ? (lookup.condition(a.condition)?.name ?? a.condition) : a.target;
    return [
      '',
      ...wrap(`${forWhat} (${a.target}; reference: ${a.referenceStandard})`, '  '),
      ...wrap(
        `Sensitivity ${f.sensitivity}, specificity ${f.specificity}, LR+ ${f.lrPositive}, LR− ${f.lrNegative}`,
        '    ',
      ),
      ...wrap(`Population: ${a.population}`, '    '),
      ...(a.caveat ? wrap(`Caveat: ${a.caveat}`, '    ') : []),
      ...wrap(`Source: ${cite(a.sources)}`, '    '),
    ];
  });
  return [
    `${t.name}  [clinical test: ${t.id}]`,
    ...field('Also called', t.aliases.join(', ') || '—'),
    ...heading('What it looks for'),
    ...wrap(t.purpose, '  '),
    ...heading('How to do it'),
    ...wrap(t.how, '  '),
    ...heading('Positive result'),
    ...wrap(t.positive, '  '),
    ...heading('What it suggests'),
    ...wrap(t.interpretation, '  '),
    ...heading('Accuracy'),
    ...(t.accuracy.length > 0 ? studies : wrap(`Not established. ${t.notEstablished ?? ''}`, '  ')),
    ...heading('Reliability'),
    ...(t.reliability.length > 0
      ? bullets(t.reliability.map((r) => `${r.statistic}. ${r.population} [${cite(r.sources)}]`))
      : ['  Not reported.']),
    ...field(
      'Examined for in',
      lookup
        .conditionsUsingTest(t.id)
        .map((c) => c.name)
        .join(', ') || '—',
    ),
    ...field('Related', t.related.map((id) => itemName(lookup, id)).join(', ') || '—'),
    ...heading('Sources'),
    ...bullets(t.sources.map((id) => lookup.source(id)?.title ?? id)),
  ];
}
