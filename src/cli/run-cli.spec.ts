import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Each command reads and checks the whole knowledge base from data/: seconds on two busy cores.
describe('the command line', { timeout: 30_000 }, () => {
  it('prints help listing every command', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: npm run cli -- <command>');
    expect(out).toMatch(/kb check/);
    expect(out).toMatch(/show <id>/);
  });

  it('rejects an unknown command with exit code 2 and the help', async () => {
    const { code, err } = await cli('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('Unknown command: frobnicate');
  });

  it('kb check validates data/ and prints counts per type', async () => {
    const { code, out } = await cli('kb', 'check');
    expect(code).toBe(0);
    expect(out).toMatch(/Knowledge base \d+\.\d+\.\d+ .* is valid/);
    expect(out).toMatch(/conditions\s+\d+/);
    expect(out).toMatch(/exercises\s+\d+/);
  });

  it('show prints every part of a condition, sources included', async () => {
    const { code, out } = await cli('show', 'gluteal-tendinopathy');
    expect(code).toBe(0);
    for (const part of [
      'Gluteal tendinopathy',
      'FOR THE CLINICIAN',
      'FOR THE PATIENT',
      'MANAGEMENT: SETTLE',
      'RED FLAGS',
      'SOURCES',
      'SOURCES DISAGREE',
    ]) {
      expect(out).toContain(part);
    }
  });

  it('show prints a clinical test: how, what it means, each study with its population and source', async () => {
    const { code, out } = await cli('show', 'trendelenburg-sign');
    expect(code).toBe(0);
    const text = out.replace(/\s+/g, ' ');
    for (const part of ['Trendelenburg sign [clinical test: trendelenburg-sign]', 'HOW TO DO IT', 'POSITIVE RESULT']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Sensitivity 0.61, specificity 0.92, LR+ 6.83, LR− 0.25');
    expect(text).toContain('Population: 3 studies with 78 participants');
    expect(text).toContain('Source: Reiman et al. 2013');
    const logRoll = await cli('show', 'log-roll');
    expect(logRoll.out.replace(/\s+/g, ' ')).toContain('ACCURACY Not established.');
  });

  it('show --json prints the item as data', async () => {
    const { code, out } = await cli('show', 'clamshell', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kind: 'exercise', item: { id: 'clamshell' } });
  });

  it('show explains an unknown id and suggests near ones', async () => {
    const { code, err } = await cli('show', 'clamshel');
    expect(code).toBe(1);
    expect(err).toContain('No item with the id "clamshel"');
    expect(err).toContain('clamshell');
  });
});
