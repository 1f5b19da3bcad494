import { parseArgs } from 'node:util';
import type { ItemKind } from '../../core/kb/knowledge-base';
import { SEARCH_KINDS, SearchEngine, type SearchResult } from '../../core/search/search-engine';
import type { SnippetPiece } from '../../core/search/snippet';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { searchEngineFor } from '../compiled-knowledge-base';
import { requireKnowledgeBase } from '../require-knowledge-base';
import { wrap } from '../format/text-blocks';

const USAGE = 'search "<query>" [--kind <kind>]... [--limit N] [--json]';
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 500;

interface SearchRequest {
  query: string;
  kinds: ItemKind[];
  limit: number;
  json: boolean;
}

/** Reads the command line, or says what is wrong with it. */
function parseRequest(args: string[]): SearchRequest | { problem: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    // Node's message goes on to explain `--`; its first sentence is what matters here.
    return { problem: `${(error as Error).message.split('. ')[0]}.` };
  }
  // Unquoted words are one query: `search lateral hip pain` means "lateral hip pain".
  const query = parsed.positionals.join(' ');
  if (query.trim() === '') return { problem: 'Give the words to search for, e.g. search "lateral hip pain".' };
  const kinds = parsed.values.kind ?? [];
  const badKind = kinds.find((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
  if (badKind !== undefined) return { problem: `Unknown kind "${badKind}". Kinds: ${SEARCH_KINDS.join(', ')}.` };
  const limitText = parsed.values.limit ?? String(DEFAULT_LIMIT);
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_LIMIT)
    return { problem: `--limit must be a whole number from 1 to ${MAX_LIMIT} (got "${limitText}").` };
  return { query, kinds: kinds as ItemKind[], limit, json: parsed.values.json ?? false };
}

/** A snippet as one line of plain text, the matched words in [brackets]. */
function markedSnippet(pieces: readonly SnippetPiece[]): string {
  return pieces.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
}

function plainSnippet(pieces: readonly SnippetPiece[]): string {
  return pieces.map((p) => p.text).join('');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printText(engine: SearchEngine, result: SearchResult, request: SearchRequest, io: CliIo): void {
  const quoted = JSON.stringify(request.query);
  if (result.total === 0) {
    io.out(`No results for ${quoted}${request.kinds.length ? ` among ${request.kinds.join(', ')} items` : ''}.`);
    if (result.suggestions.length === 0) {
      io.out('No names are close to it either. Try fewer or different words.');
      return;
    }
    io.out('Closest names:');
    for (const s of result.suggestions) io.out(`  ${s.title}  (${s.kind} ${s.id})`);
    return;
  }
  const groups = result.groups.map((g) => `${g.kind} ${g.count}`).join(', ');
  const shown = result.hits.length < result.total ? `; the best ${result.hits.length}` : '';
  io.out(`${plural(result.total, 'result')} for ${quoted} (${groups})${shown}.`);
  for (const c of result.plan.corrections) io.out(`Read "${c.from}" as "${c.to}".`);
  const idWidth = Math.max(...result.hits.map((h) => h.id.length));
  const kindWidth = Math.max(...result.hits.map((h) => h.kind.length));
  const scoreWidth = Math.max(...result.hits.map((h) => h.score.toFixed(1).length));
  const rankWidth = String(result.hits.length).length;
  result.hits.forEach((hit, i) => {
    io.out('');
    io.out(
      `${String(i + 1).padStart(rankWidth)}. ${hit.score.toFixed(1).padStart(scoreWidth)}  ${hit.kind.padEnd(kindWidth)}  ${hit.id.padEnd(idWidth)}  ${hit.title}`,
    );
    const snippet = markedSnippet(engine.snippet(hit, result.plan));
    for (const line of wrap(snippet, ' '.repeat(rankWidth + 2))) io.out(line);
  });
}

function printJson(engine: SearchEngine, result: SearchResult, request: SearchRequest, io: CliIo): void {
  io.out(
    JSON.stringify(
      {
        query: request.query,
        kinds: request.kinds,
        total: result.total,
        groups: result.groups,
        corrections: result.plan.corrections,
        hits: result.hits.map((hit, i) => {
          const pieces = engine.snippet(hit, result.plan);
          return {
            rank: i + 1,
            score: Number(hit.score.toFixed(3)),
            kind: hit.kind,
            id: hit.id,
            title: hit.title,
            snippet: plainSnippet(pieces),
            matched: pieces.filter((p) => p.match).map((p) => p.text),
          };
        }),
        suggestions: result.suggestions,
      },
      null,
      2,
    ),
  );
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the knowledge base; ranked results with scores (exit 1 when nothing matches)',
  usage: USAGE,
  async run(args, io) {
    const request = parseRequest(args);
    if ('problem' in request) {
      io.err(request.problem);
      io.err(`Usage: npm run cli -- ${USAGE}`);
      return EXIT_USAGE;
    }
    const kb = await requireKnowledgeBase(io);
    if (!kb) return EXIT_PROBLEM;
    const engine = searchEngineFor(kb);
    const result = engine.search(request.query, { limit: request.limit, filters: { kinds: request.kinds } });
    if (request.json) printJson(engine, result, request, io);
    else printText(engine, result, request, io);
    return result.total === 0 ? EXIT_PROBLEM : EXIT_OK;
  },
};
