import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { DEFAULT_HANDOUT_OPTIONS, handoutExerciseFromKb } from '../../src/core/handout/create-handout';
import { HANDOUT_SCHEMA_VERSION } from '../../src/core/handout/handout';
import { pdfPages } from './support/pdf-text';
import { realLookup } from './support/representative-handout';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'stride-cli-'));

describe('npm run cli -- handout', () => {
  it('is listed in --help', async () => {
    expect((await cli('--help')).out).toMatch(/handout --condition <id> --exercise <id>/);
  });

  it('writes the same PDF the app makes, headless', async () => {
    const out = join(dir, 'handout.pdf');
    const result = await cli(
      'handout',
      '--condition',
      'gluteal-tendinopathy',
      '--exercise',
      'clamshell',
      '--exercise',
      'glute-bridge,side-plank',
      '--topic',
      'pain-monitoring',
      '--patient',
      'Zoë Ørsted',
      '--date',
      '2026-03-02',
      '--clinic',
      'Riverside',
      '--out',
      out,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Wrote .*handout\.pdf \(\d+ pages?, \d+ kB\)$/);
    const pages = pdfPages(readFileSync(out));
    const all = pages.join(' ');
    for (const part of [
      'Riverside',
      'Zoë Ørsted',
      'Clamshell',
      'Glute bridge',
      'Side plank',
      'Pain monitoring',
      'Contact us or a doctor if…',
      '30 March 2026',
    ])
      expect(all).toContain(part);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  }, 30_000);

  it('reads a template and adds the ids given', async () => {
    const lookup = await realLookup();
    const template = join(dir, 'template.json');
    writeFileSync(
      template,
      JSON.stringify({
        schemaVersion: HANDOUT_SCHEMA_VERSION,
        id: '5b3c0a43-6a2e-4f8e-8a1b-7c6d5e4f3a21',
        name: 'Hip flexor, early',
        conditions: ['hip-flexor-strain'],
        exercises: [{ ...handoutExerciseFromKb(lookup.exercise('dead-bug')!), load: 'no weight' }],
        topics: [],
        notes: 'Template note',
        options: { ...DEFAULT_HANDOUT_OPTIONS, units: 'miles' },
        createdAt: '2026-01-01T00:00:00+00:00',
        updatedAt: '2026-01-01T00:00:00+00:00',
      }),
    );
    const out = join(dir, 'from-template.pdf');
    const result = await cli('handout', '--template', template, '--exercise', 'clamshell', '--out', out);
    expect(result.code).toBe(0);
    const all = pdfPages(readFileSync(out)).join(' ');
    for (const part of ['Hip flexor strain', 'Dead bug', 'no weight', 'Clamshell', 'Template note'])
      expect(all).toContain(part);
  }, 30_000);

  it('warns (and still writes) when the font lacks a character, or the programme is long', async () => {
    const out = join(dir, 'warn.pdf');
    const many = [
      'clamshell',
      'glute-bridge',
      'side-plank',
      'dead-bug',
      'step-up',
      'sit-to-stand',
      'lateral-lunge',
      'fire-hydrant',
      'donkey-kick',
      'straight-leg-raise',
      'frankenstein-walk',
    ];
    const result = await cli('handout', '--exercise', many.join(','), '--patient', '李 Wei', '--out', out);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/11 exercises a day/);
    expect(result.err).toMatch(/Patient name: "李" \(U\+674E\)/);
  }, 30_000);

  it('explains unknown ids with near matches, and writes nothing', async () => {
    const result = await cli(
      'handout',
      '--condition',
      'glute',
      '--exercise',
      'clamshel',
      '--topic',
      'nope',
      '--out',
      join(dir, 'x.pdf'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'No condition with the id "glute". Did you mean: gluteal-muscle-strain, gluteal-tendinopathy?',
    );
    expect(result.err).toContain('No exercise with the id "clamshel". Did you mean: clamshell?');
    expect(result.err).toContain('No topic with the id "nope".');
  }, 30_000);

  it('explains a missing --out, a missing programme and bad options', async () => {
    const noOut = await cli('handout', '--exercise', 'clamshell');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/Missing --out/);
    expect(noOut.err).toMatch(/--template <file>/);
    expect((await cli('handout', '--out', join(dir, 'y.pdf'))).err).toMatch(/at least one --condition or --exercise/);
    expect(
      (await cli('handout', '--exercise', 'clamshell', '--units', 'furlongs', '--out', join(dir, 'y.pdf'))).err,
    ).toMatch(/--units must be one of km, miles/);
    expect((await cli('handout', '--frobnicate')).code).toBe(2);
  }, 30_000);

  it('explains a bad template file', async () => {
    const missing = await cli('handout', '--template', join(dir, 'nope.json'), '--out', join(dir, 'z.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read the template .*nope\.json: ENOENT/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect((await cli('handout', '--template', broken, '--out', join(dir, 'z.pdf'))).err).toMatch(/is not valid JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ schemaVersion: 1, name: 'x', conditions: 'gluteal-tendinopathy' }));
    const invalid = await cli('handout', '--template', wrong, '--out', join(dir, 'z.pdf'));
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/is not a handout template:\n {2}\w+/);
  }, 30_000);
});
