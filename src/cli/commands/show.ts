import { parseArgs } from 'node:util';
import { createKbLookup } from '../../core/kb/kb-lookup';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliCommand } from '../command';
import { formatItem } from '../format/format-item';
import { requireKnowledgeBase } from '../require-knowledge-base';

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Print one condition, exercise, topic, red flag or clinical test by its id',
  usage: 'show <id> [--json]',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    } catch (error) {
      io.err((error as Error).message);
      return EXIT_USAGE;
    }
    const [id, ...extra] = parsed.positionals;
    if (!id || extra.length > 0) {
      io.err('Usage: npm run cli -- show <id> [--json]');
      return EXIT_USAGE;
    }
    const kb = await requireKnowledgeBase(io);
    if (!kb) return EXIT_PROBLEM;
    const lookup = createKbLookup(kb);
    const entry = lookup.item(id);
    if (!entry) {
      const all = [...kb.conditions, ...kb.exercises, ...kb.topics, ...kb.redFlags, ...kb.tests].map((x) => x.id);
      const near = all.filter((x) => x.includes(id) || id.includes(x)).slice(0, 5);
      io.err(
        `No item with the id "${id}".${near.length ? ` Did you mean: ${near.join(', ')}?` : ' Try: npm run cli -- search "<words>"'}`,
      );
      return EXIT_PROBLEM;
    }
    io.out(parsed.values.json ? JSON.stringify(entry, null, 2) : formatItem(lookup, entry));
    return EXIT_OK;
  },
};
