import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Each run reads and checks the whole knowledge base from data/: seconds on two busy cores.
describe('npm run cli -- triage', { timeout: 30_000 }, () => {
  it('prints red flags before the ranked conditions, with reasons, what to ask next and the disclaimer', async () => {
    const { code, out } = await cli(
      'triage',
      '--region',
      'left:groin',
      '--finding',
      'worsens-during-run',
      '--finding',
      'load-increase',
      '--finding',
      'low-bone-density',
    );
    expect(code).toBe(0);
    const flags = out.indexOf('RED FLAGS');
    const conditions = out.indexOf('CONDITIONS THAT FIT');
    expect(flags).toBeGreaterThan(-1);
    expect(conditions).toBeGreaterThan(flags);
    expect(out.slice(flags, conditions)).toContain('URGENT: Suspected femoral neck or pelvic stress fracture');
    expect(out.slice(flags, conditions)).toContain('Do now:');
    expect(out.slice(conditions)).toMatch(/1\. Femoral neck stress fracture — score \d+, strong fit/);
    expect(out).toContain('For: Groin (3)');
    expect(out).toContain('Ask or check next:');
    expect(out).toContain('does not diagnose');
  });

  it('reads main and spread regions and absent findings, with comma-separated values', async () => {
    const { code, out: wrapped } = await cli(
      'triage',
      '--region',
      'right:lateral-hip',
      '--spread',
      'right:lateral-thigh',
      '--finding',
      'tender-lateral,lying-on-side-pain',
      '--absent',
      'onset-gradual',
    );
    expect(code).toBe(0);
    const out = wrapped.replace(/\s+/g, ' ');
    expect(out).toContain('right Lateral hip (greater trochanter); right Lateral thigh (iliotibial band) (spreads to)');
    expect(out).toContain('Gradual onset: no');
    expect(out).toContain('None raised by these answers');
    expect(out).toContain('Against: No: Gradual onset');
  });

  it('--json prints the input and the whole result as data', async () => {
    const { code, out } = await cli('triage', '--region', 'left:heel-sole', '--finding', 'morning-pain', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.input.regions).toEqual([{ side: 'left', region: 'heel-sole', role: 'main' }]);
    expect(json.candidates[0]).toMatchObject({ conditionId: 'plantar-fasciitis', band: expect.any(String) });
    expect(json.redFlags).toEqual([]);
  });

  it.each([
    [['--region', 'middle:groin'], 'Unknown side "middle"', 'Sides: left, right'],
    [['--region', 'left:elbow'], 'Unknown region "elbow"', 'Regions: lower-back,'],
    [['--region', 'groin'], 'is not side:region', 'Sides: left, right'],
    [['--region', 'left:groin', '--finding', 'hurts-a-lot'], 'Unknown finding "hurts-a-lot"', 'Findings: '],
    [['--finding', 'clicking', '--absent', 'clicking'], 'both as present and as absent', 'Usage:'],
    [[], 'Give at least one --region, --finding or --test', 'Usage:'],
    [['--test', 'fadr:positive'], 'Unknown clinical test "fadr"', 'Tests: '],
    [['--test', 'fadir:yes'], '"fadir:yes" is not test:result', 'Usage:'],
    [['--test', 'fadir'], '"fadir" is not test:result', 'Usage:'],
    [['--test', 'fadir:positive,fadir:negative'], 'both as positive and as negative', 'Usage:'],
    [['--colour', 'red'], "Unknown option '--colour'", 'Usage:'],
  ])('rejects %j with exit code 2 and the valid values', async (args, message, valid) => {
    const { code, err, out } = await cli('triage', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain(valid);
    expect(out).toBe('');
  });

  it('moves the ranking by recorded test results and names the likelihood ratio and its source', async () => {
    const base = ['triage', '--region', 'right:lateral-hip', '--finding', 'tender-lateral'];
    const before = await cli(...base, '--json');
    const after = await cli(...base, '--test', 'trendelenburg-sign:positive', '--json');
    const score = (out: string) =>
      (JSON.parse(out) as { candidates: { conditionId: string; score: number }[] }).candidates.find(
        (c) => c.conditionId === 'gluteal-tendinopathy',
      )!.score;
    expect(score(after.out)).toBeGreaterThan(score(before.out));

    const { code, out } = await cli(...base, '--test', 'trendelenburg-sign:positive', '--test', 'fadir:negative');
    expect(code).toBe(0);
    const text = out.replace(/\s+/g, ' ');
    expect(text).toMatch(/Tests: Trendelenburg sign: positive; FADIR .*: negative/);
    expect(text).toContain('Trendelenburg sign positive: LR+ 6.83 (Reiman et al. 2013) (3)');
  });

  it('is listed in the help', async () => {
    const { out } = await cli('--help');
    expect(out).toMatch(/triage --region <side:region>… --finding <id>…/);
  });
});
