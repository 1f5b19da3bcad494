import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The result lines: "<rank>. <score>  <kind>  <id>  <title>". */
function rows(out: string): { rank: number; score: number; kind: string; id: string }[] {
  return [...out.matchAll(/^\s*(\d+)\.\s+([\d.]+)\s+(\S+)\s+(\S+)\s+/gm)].map((m) => ({
    rank: Number(m[1]),
    score: Number(m[2]),
    kind: m[3]!,
    id: m[4]!,
  }));
}

// Each run reads and checks the whole knowledge base from data/: seconds on two busy cores.
describe('npm run cli -- search', { timeout: 30_000 }, () => {
  it('prints ranked results with score, kind, id and a snippet with the matched words in [brackets]', async () => {
    const { code, out } = await cli('search', 'trochanteric bursitis');
    expect(code).toBe(0);
    const found = rows(out);
    expect(found[0]).toMatchObject({ rank: 1, kind: 'condition', id: 'gluteal-tendinopathy' });
    expect(found.map((r) => r.score)).toEqual([...found.map((r) => r.score)].sort((a, b) => b - a));
    expect(out).toMatch(/\[(bursa|bursitis|trochanter|trochanteric)\]/i);
    expect(out).toMatch(/^\d+ results for "trochanteric bursitis" \(condition \d+/m);
  });

  it('takes unquoted words as one query, and says which typo it corrected', async () => {
    const { code, out } = await cli('search', 'piriformus', 'syndrome');
    expect(code).toBe(0);
    expect(rows(out)[0]?.id).toBe('piriformis-syndrome');
    expect(out).toContain('Read "piriformus" as "piriformis".');
  });

  it('filters by kind and limits the count', async () => {
    const { code, out } = await cli('search', 'hip', '--kind', 'exercise', '--limit', '3');
    expect(code).toBe(0);
    const found = rows(out);
    expect(found).toHaveLength(3);
    expect(found.every((r) => r.kind === 'exercise')).toBe(true);
    expect(out).toMatch(/the best 3\./);
  });

  it('--json prints the results as data', async () => {
    const { code, out } = await cli('search', 'ITB', '--json', '--limit', '2');
    expect(code).toBe(0);
    const data = JSON.parse(out);
    expect(data.hits).toHaveLength(2);
    expect(data.hits[0]).toMatchObject({ rank: 1, kind: 'condition', id: 'iliotibial-band-syndrome' });
    expect(data.hits[0].matched.length).toBeGreaterThan(0);
    expect(data.hits[0].snippet).not.toContain('[');
    expect(data.total).toBeGreaterThanOrEqual(2);
  });

  it('says when nothing matches, offers the closest names and exits 1', async () => {
    const { code, out } = await cli('search', 'clmshl');
    expect(code).toBe(1);
    expect(out).toContain('No results for "clmshl".');
    expect(out).toMatch(/Closest names:\n\s+Clamshell {2}\(exercise clamshell\)/);
    const nothing = await cli('search', 'xqzvwj');
    expect(nothing.out).toContain('No names are close to it either.');
  });

  it.each([
    [['search'], 'Give the words to search for'],
    [
      ['search', 'hip', '--kind', 'exercises'],
      'Unknown kind "exercises". Kinds: condition, exercise, topic, red-flag, clinical-test.',
    ],
    [['search', 'hip', '--limit', '0'], '--limit must be a whole number from 1 to 500 (got "0")'],
    [['search', 'hip', '--limit', '2.5'], '--limit must be a whole number'],
    [['search', 'hip', '--frob'], "Unknown option '--frob'."],
  ])('rejects a bad command line %j with a clear message and exit 2', async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage: npm run cli -- search');
  });
});
