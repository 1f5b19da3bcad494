import { describe, expect, it } from 'vitest';
import { createHandout } from './create-handout';
import { HANDOUT_SCHEMA_VERSION, handoutSchema, handoutTemplateSchema, type HandoutTemplate } from './handout';
import { StoredFileFormatError, migrateStoredFile } from './migrate-stored-file';
import { migrateHandout, migrateTemplate } from './migrate-handout';

const current = createHandout({
  id: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  now: '2026-03-02T09:00:00+00:00',
  date: '2026-03-02',
  patientName: 'Zoë Ørsted',
  conditions: ['gluteal-tendinopathy'],
  options: { include: { advice: false } },
});

/** The same handout or template as format 1 stored it: no score section, no outcome scores. */
function formatOne(document: Record<string, unknown>): Record<string, unknown> {
  const { outcomes: _outcomes, ...rest } = document;
  const options = rest['options'] as { include: Record<string, boolean> };
  const { score: _score, ...include } = options.include;
  return { ...rest, schemaVersion: 1, options: { ...options, include } };
}

/** The same handout as the pre-release app (format 0) stored it: no section choices. */
function preRelease(document: Record<string, unknown>): Record<string, unknown> {
  const { include: _dropped, ...options } = formatOne(document)['options'] as Record<string, unknown>;
  return { ...formatOne(document), schemaVersion: 0, options };
}

const template: HandoutTemplate = handoutTemplateSchema.parse({
  schemaVersion: HANDOUT_SCHEMA_VERSION,
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  name: 'Lateral hip pain — early loading',
  conditions: current.conditions,
  exercises: current.exercises,
  topics: [],
  notes: '',
  options: current.options,
  createdAt: current.createdAt,
  updatedAt: current.updatedAt,
});

describe('migrateHandout', () => {
  it('leaves a handout of the current format as it is', () => {
    expect(handoutSchema.parse(migrateHandout(JSON.parse(JSON.stringify(current))))).toEqual(current);
  });

  it('brings a pre-release handout to the current format, printing every section as that format did', () => {
    const old = preRelease(current);
    expect(handoutSchema.safeParse(old).success).toBe(false);
    const migrated = handoutSchema.parse(migrateHandout(old));
    expect(migrated.schemaVersion).toBe(HANDOUT_SCHEMA_VERSION);
    expect(migrated.options.include).toEqual({
      conditions: true,
      exercises: true,
      advice: true,
      notes: true,
      score: false,
    });
    expect({ ...migrated, options: current.options }).toEqual(current);
  });

  it('opens a format-1 handout with no outcome scores and the score section not printed', () => {
    const old = formatOne(current);
    expect(handoutSchema.safeParse(old).success).toBe(false);
    const migrated = handoutSchema.parse(migrateHandout(old));
    expect(migrated.outcomes).toEqual([]);
    expect(migrated.options.include).toEqual({ ...current.options.include, score: false });
    expect(migrated).toEqual({ ...current, options: { ...current.options, include: migrated.options.include } });
  });

  it('keeps the outcome scores of a current handout', () => {
    const scored = createHandout({
      id: current.id,
      now: current.createdAt,
      date: current.date,
      outcomes: [{ measureId: 'nprs', date: '2026-03-02', answers: [[6]], score: { pain: 6 } }],
    });
    expect(handoutSchema.parse(migrateHandout(JSON.parse(JSON.stringify(scored)))).outcomes).toEqual(scored.outcomes);
  });

  it('does not modify the document it was given', () => {
    const old = preRelease(current);
    const before = JSON.stringify(old);
    migrateHandout(old);
    expect(JSON.stringify(old)).toBe(before);
  });

  it('refuses a handout saved by a newer version, saying so', () => {
    const future = { ...current, schemaVersion: HANDOUT_SCHEMA_VERSION + 1 };
    expect(() => migrateHandout(future)).toThrow(StoredFileFormatError);
    expect(() => migrateHandout(future)).toThrow(
      /saved by a newer version of Stride Atlas \(format 3; this version reads formats up to 2\)/,
    );
  });

  it('refuses what is not a versioned handout', () => {
    expect(() => migrateHandout([current])).toThrow(/not a handout/);
    expect(() => migrateHandout(null)).toThrow(/not a handout/);
    expect(() => migrateHandout({ ...current, schemaVersion: '1' })).toThrow(/no valid schemaVersion/);
    const { schemaVersion: _missing, ...unversioned } = current;
    expect(() => migrateHandout(unversioned)).toThrow(/no valid schemaVersion/);
  });
});

describe('migrateTemplate', () => {
  it('brings a pre-release template to the current format', () => {
    const migrated = handoutTemplateSchema.parse(migrateTemplate(preRelease(template)));
    expect(migrated).toEqual({
      ...template,
      options: {
        ...template.options,
        include: { conditions: true, exercises: true, advice: true, notes: true, score: false },
      },
    });
  });

  it('opens a format-1 template without adding outcome scores to it', () => {
    const migrated = migrateTemplate(formatOne(template));
    expect(migrated).not.toHaveProperty('outcomes');
    expect(handoutTemplateSchema.parse(migrated)).toEqual({
      ...template,
      options: { ...template.options, include: { ...template.options.include, score: false } },
    });
  });

  it('names the template in its refusal of a newer format', () => {
    expect(() => migrateTemplate({ ...template, schemaVersion: 7 })).toThrow(
      /this template was saved by a newer version/,
    );
  });
});

describe('migrateStoredFile', () => {
  const format = {
    what: 'note',
    current: 3,
    upgrades: {
      1: (d: Readonly<Record<string, unknown>>) => ({ ...d, steps: [...(d['steps'] as string[]), '1→2'] }),
      2: (d: Readonly<Record<string, unknown>>) => ({ ...d, steps: [...(d['steps'] as string[]), '2→3'] }),
    },
  };

  it('runs every step from the stored format to the current one, in order', () => {
    expect(migrateStoredFile({ schemaVersion: 1, steps: [] }, format)).toEqual({
      schemaVersion: 3,
      steps: ['1→2', '2→3'],
    });
    expect(migrateStoredFile({ schemaVersion: 2, steps: [] }, format)).toEqual({ schemaVersion: 3, steps: ['2→3'] });
  });

  it('refuses a format too old to have a step', () => {
    expect(() => migrateStoredFile({ schemaVersion: 0, steps: [] }, format)).toThrow(
      /format 0, which this version of Stride Atlas can no longer read/,
    );
  });
});
