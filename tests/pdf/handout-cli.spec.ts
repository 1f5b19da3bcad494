import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('refuses names, clinic and dates outside the app limits: one readable line, exit 2, no file', async () => {
    const out = join(dir, 'limits.pdf');
    const refused = async (...args: string[]) => {
      const result = await cli('handout', '--exercise', 'clamshell', ...args, '--out', out);
      expect(result.code).toBe(2);
      expect(result.err.split('\n')).toHaveLength(1);
      return result.err;
    };
    expect(await refused('--patient', 'A'.repeat(121))).toBe(
      '--patient is 121 characters long; the app allows at most 120.',
    );
    expect(await refused('--clinician', 'B'.repeat(130))).toBe(
      '--clinician is 130 characters long; the app allows at most 120.',
    );
    expect(await refused('--clinic', 'C'.repeat(98_000))).toBe(
      '--clinic is 98000 characters long; the app allows at most 200.',
    );
    expect(await refused('--date', '2024-02-30')).toBe(
      '--date must be a day that exists (this month has 29 days) (got "2024-02-30")',
    );
    expect(await refused('--date', '9999-12-31')).toBe('--date must be a year from 1900 to 2100 (got "9999-12-31")');
    expect(await refused('--date', '0000-01-01')).toBe('--date must be a year from 1900 to 2100 (got "0000-01-01")');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('never echoes control characters to the terminal nor prints them in the PDF', async () => {
    const echoed = await cli('handout', '--exercise', 'no\u001b[2Jsuch\u202e-move', '--out', join(dir, 'x.pdf'));
    expect(echoed.code).toBe(1);
    expect(echoed.err).toContain('No exercise with the id "nosuch-move".');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(echoed.err).not.toMatch(/[\u001b\u202e]/);
    const out = join(dir, 'control.pdf');
    const made = await cli(
      'handout',
      '--exercise',
      'clamshell',
      '--patient',
      'Anna\nSmith\u202e',
      '--clinic',
      '\u001b]0;title\u0007Hip Clinic',
      '--date',
      '2026-03-02',
      '--out',
      out,
    );
    expect(made.code).toBe(0);
    const text = pdfPages(readFileSync(out)).join('\n');
    expect(text).toContain('Anna Smith');
    expect(text).toContain('Hip Clinic');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  }, 60_000);

  it('replaces an existing PDF whole or not at all, and says why it could not', async () => {
    const out = join(dir, 'kept.pdf');
    writeFileSync(out, '%PDF-1.7 the old handout');
    const intoMissingFolder = await cli('handout', '--exercise', 'clamshell', '--out', join(dir, 'no-such', 'a.pdf'));
    expect(intoMissingFolder.code).toBe(1);
    expect(intoMissingFolder.err).toMatch(
      /^Cannot write .*a\.pdf \(the folder does not exist\); any file already there is unchanged\.$/,
    );
    const intoFolder = await cli('handout', '--exercise', 'clamshell', '--out', dir);
    expect(intoFolder.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 the old handout');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
