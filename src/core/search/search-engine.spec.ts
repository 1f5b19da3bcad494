import { describe, expect, it } from 'vitest';
import { documentKeys, type SearchDocument } from './search-documents';
import { SearchEngine } from './search-engine';

function doc(
  kind: SearchDocument['kind'],
  id: string,
  title: string,
  body = '',
  extra: Partial<SearchDocument> = {},
): SearchDocument {
  return {
    kind,
    id,
    title,
    aliases: [],
    fields: () => ({ name: title, terms: '', summary: body, body: '' }),
    tags: { kind: [kind], region: [], equipment: [], phase: [] },
    snippetText: body,
    termBoosts: {},
    ...extra,
  };
}

const documents: SearchDocument[] = [
  doc('condition', 'itbs', 'Iliotibial band syndrome', 'Pain on the outside of the knee when running downhill.', {
    aliases: ['ITBS'],
  }),
  doc('condition', 'bursitis', 'Trochanteric bursitis', 'Pain over the greater trochanter, worse lying on the side.'),
  doc('exercise', 'clamshell', 'Clamshell', 'Lie on your side and lift the top knee with a resistance band.', {
    tags: { kind: ['exercise'], region: ['lateral-hip'], equipment: ['loop-band'], phase: ['settle', 'load'] },
  }),
  doc('exercise', 'bridge', 'Glute bridge', 'Lift your hips off the floor; squeeze your glutes.', {
    tags: { kind: ['exercise'], region: [], equipment: ['mat'], phase: ['load'] },
  }),
  doc('topic', 'shoes', 'Running shoes', "Replace a runner's shoes every 300-500 miles."),
  doc('red-flag', 'fever', 'Hot swollen joint', 'Fever with a red, hot hip: <b>emergency</b>.'),
];
const synonyms = [
  ['ITB', 'iliotibial band', 'IT band'],
  ["runner's hip", 'trochanteric bursitis'],
];
const engine = SearchEngine.build(documents, synonyms);
const ids = (q: string, options = {}) => engine.search(q, options).hits.map((h) => h.id);

describe('SearchEngine', () => {
  it('finds by name, as you type', () => {
    expect(ids('clamshell')[0]).toBe('clamshell');
    expect(ids('clam')[0]).toBe('clamshell');
    expect(ids('trochan')[0]).toBe('bursitis');
  });

  it('expands synonyms in both directions', () => {
    expect(ids('ITB')[0]).toBe('itbs');
    expect(ids('it band')[0]).toBe('itbs');
    expect(ids("runner's hip")[0]).toBe('bursitis');
    expect(ids('runners hip')[0]).toBe('bursitis');
  });

  it('tolerates one or two typos in longer words, and says what it corrected', () => {
    const result = engine.search('trochantric');
    expect(result.hits[0]?.id).toBe('bursitis');
    expect(result.plan.corrections).toEqual([{ from: 'trochantric', to: 'trochanteric' }]);
    expect(ids('illiotibial')[0]).toBe('itbs');
    expect(ids('clamsehll')[0]).toBe('clamshell');
  });

  it('ignores case, accents, possessives, hyphens and stop words', () => {
    expect(ids('CLAMSHELL')[0]).toBe('clamshell');
    expect(ids('clámshéll')[0]).toBe('clamshell');
    expect(ids('runners shoes')[0]).toBe('shoes');
    expect(ids('glute-bridge')[0]).toBe('bridge');
    expect(ids('the glute bridge of the')[0]).toBe('bridge');
  });

  it('filters by kind, equipment, phase and region', () => {
    expect(ids('lift', { filters: { kinds: ['exercise'] } }).sort()).toEqual(['bridge', 'clamshell']);
    expect(ids('lift', { filters: { equipment: ['loop-band'] } })).toEqual(['clamshell']);
    expect(ids('lift', { filters: { phases: ['settle'] } })).toEqual(['clamshell']);
    expect(ids('lift', { filters: { regions: ['lateral-hip'] } })).toEqual(['clamshell']);
  });

  it('groups matches by kind with counts', () => {
    const result = engine.search('pain');
    expect(result.groups).toEqual([{ kind: 'condition', count: 2 }]);
    expect(result.total).toBe(2);
  });

  it('counts every kind in the groups, clinical tests included', () => {
    const withTest = SearchEngine.build(
      [...documents, doc('clinical-test', 'log-roll', 'Log roll test', 'Roll the straight leg in and out.')],
      synonyms,
    );
    const result = withTest.search('roll');
    expect(result.groups).toContainEqual({ kind: 'clinical-test', count: 1 });
    expect(result.hits[0]?.id).toBe('log-roll');
  });

  it('offers the closest names when nothing matches', () => {
    const none = engine.search('clmshl');
    expect(none.hits).toEqual([]);
    expect(none.plan.unmatched).toEqual(['clmshl']);
    expect(none.suggestions.map((s) => s.id)).toContain('clamshell');
    expect(engine.search('xqzvw').suggestions).toEqual([]);
    expect(engine.search('clamshell').suggestions).toEqual([]);
  });

  it('cuts a snippet around the matched words, as pieces (never HTML)', () => {
    const result = engine.search('emergency');
    const pieces = engine.snippet(result.hits[0]!, result.plan);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['emergency']);
    expect(pieces.map((p) => p.text).join('')).toContain('<b>');
  });

  it('lists documents by tag for browsing with an empty query', () => {
    expect(engine.withTag('equipment', 'loop-band').map((d) => documents[d]!.id)).toEqual(['clamshell']);
  });

  it('in a large corpus, still finds an item named by a word that thousands of texts mention', () => {
    const filler = Array.from({ length: 4000 }, (_, i) =>
      doc('topic', `note-${i}`, `Hip note ${i}`, 'The hip is a ball and socket joint; hip pain is common.'),
    );
    const named = doc('condition', 'snapping-hip', 'Snapping hip', 'A click as a tendon slides over bone.');
    const large = SearchEngine.build([...filler, named], synonyms);
    expect(large.search('snapping hip').hits[0]?.id).toBe('snapping-hip');
    expect(large.search('hip', { filters: { kinds: ['condition'] } }).hits.map((h) => h.id)).toEqual(['snapping-hip']);
    expect(large.search('hip').total).toBeGreaterThan(2000);
  });

  it('rebuilds from a snapshot with the same results, and refuses a snapshot of other documents or synonyms', () => {
    const snapshot = engine.snapshot();
    const restored = SearchEngine.fromSnapshot(
      JSON.parse(JSON.stringify(snapshot)),
      synonyms,
      documentKeys(documents),
    )!;
    for (const q of ['clam', 'ITB', 'trochantric', 'lift']) {
      expect(restored.search(q).hits.map((h) => h.id)).toEqual(engine.search(q).hits.map((h) => h.id));
    }
    expect(SearchEngine.fromSnapshot(snapshot, synonyms, documentKeys(documents.slice(1)))).toBeUndefined();
    expect(
      SearchEngine.fromSnapshot(
        { ...snapshot, documents: snapshot.documents.slice(1) },
        synonyms,
        documentKeys(documents),
      ),
    ).toBeUndefined();
    expect(
      SearchEngine.fromSnapshot(snapshot, [...synonyms, ['hip', 'coxa']], documentKeys(documents)),
    ).toBeUndefined();
  });

  it.each([
    '',
    '   ',
    '((',
    '.*+?^${}()|[]\\',
    '🏃‍♀️🔥',
    'ألم الورك',
    'боль в бедре',
    '\u0000\u0007\u001b[31m',
    'a'.repeat(10_000),
    'hip '.repeat(2_500),
  ])('returns a result and never throws for %j', (query) => {
    const result = engine.search(query);
    expect(Array.isArray(result.hits)).toBe(true);
  });
});
