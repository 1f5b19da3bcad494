import { formatKbIssue } from '../../core/kb/knowledge-base';
import { loadKnowledgeBase } from '../../node/load-knowledge-base';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliCommand } from '../command';

export const kbCheckCommand: CliCommand = {
  name: 'kb check',
  summary: 'Validate the knowledge base in data/ and print counts per type',
  usage: 'kb check',
  async run(args, io) {
    if (args.length > 0) {
      io.err(`kb check takes no arguments (got: ${args.join(' ')})`);
      return EXIT_USAGE;
    }
    const result = await loadKnowledgeBase();
    if (!result.ok) {
      for (const issue of result.issues) io.err(formatKbIssue(issue));
      io.err(`\nThe knowledge base has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}.`);
      return EXIT_PROBLEM;
    }
    const { kb } = result;
    io.out(`Knowledge base ${kb.meta.version} (updated ${kb.meta.updated}) is valid.`);
    const counts: [string, number][] = [
      ['conditions', kb.conditions.length],
      ['exercises', kb.exercises.length],
      ['topics', kb.topics.length],
      ['red flags', kb.redFlags.length],
      ['body regions', kb.regions.length],
      ['findings', kb.findings.length],
      ['synonym groups', kb.synonyms.length],
      ['sources', kb.sources.length],
    ];
    for (const [label, n] of counts) io.out(`  ${label.padEnd(16)}${String(n).padStart(5)}`);
    return EXIT_OK;
  },
};
