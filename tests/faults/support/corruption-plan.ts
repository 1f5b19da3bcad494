/**
 * The store contents both corruption tests plant (desktop files, web records): valid files of each
 * kind and 1,000 damaged ones, seeded; and the check that everything is accounted for afterwards.
 */
import { expect } from 'vitest';
import { createHandout } from '../../../src/core/handout/create-handout';
import type { HandoutTemplate } from '../../../src/core/handout/handout';
import type { DamagedFile, UserFileKind, UserFileListing } from '../../../src/shared/user-files';
import { corrupt, type Corruption } from './corruptions';
import { seededRandom } from './seeded-random';

export const CORRUPTED = 1000;
const VALID_PER_KIND = 60;
export const SEED = 2022;
export const KINDS = ['handout', 'template'] as const;
export const COLLECTION = { handout: 'handouts', template: 'templates' } as const;
/** The kinds planted here; the kept consult has its own crash test (kept-draft-crash.spec.ts). */
type PlantedKind = (typeof KINDS)[number];

function validFile(kind: UserFileKind, id: string, n: number): Record<string, unknown> {
  const handout = createHandout({ id, now: '2026-03-02T09:00:00+00:00', date: '2026-03-02', patientName: `P${n}` });
  if (kind === 'handout') return handout;
  const { schemaVersion, options, createdAt, updatedAt } = handout;
  const template: HandoutTemplate = {
    ...{ schemaVersion, options, createdAt, updatedAt },
    id,
    name: `Template ${n}`,
    conditions: [],
    exercises: [],
    topics: [],
    notes: '',
  };
  return template;
}

export interface Planted {
  kind: PlantedKind;
  id: string;
  corruption: Corruption;
}

/** The same store contents for both hosts: valid files of each kind and 1,000 damaged ones. */
export function plan(): {
  valid: Map<string, { kind: PlantedKind; file: Record<string, unknown> }>;
  planted: Planted[];
} {
  const random = seededRandom(SEED);
  const valid = new Map<string, { kind: PlantedKind; file: Record<string, unknown> }>();
  for (const kind of KINDS)
    for (let n = 0; n < VALID_PER_KIND; n++) {
      const id = crypto.randomUUID();
      valid.set(id, { kind, file: validFile(kind, id, n) });
    }
  const planted: Planted[] = [];
  for (let n = 0; n < CORRUPTED; n++) {
    const kind = KINDS[n % 2]!;
    const id = crypto.randomUUID();
    planted.push({ kind, id, corruption: corrupt(validFile(kind, id, n), random) });
  }
  return { valid, planted };
}

export type Lister = (kind: UserFileKind) => Promise<UserFileListing<{ id: string }>>;

/** Lists both kinds and checks: every valid file loads unchanged; every damaged one is reported once, as expected. */
export async function expectEverythingAccountedFor(
  list: Lister,
  { valid, planted }: ReturnType<typeof plan>,
  nameOf: (p: Planted) => string,
): Promise<DamagedFile[]> {
  const reports: DamagedFile[] = [];
  for (const kind of KINDS) {
    const listed = await list(kind);
    const expected = [...valid].filter(([, v]) => v.kind === kind);
    expect(listed.files).toHaveLength(expected.length);
    for (const file of listed.files) expect(file).toEqual(valid.get(file.id)?.file);
    reports.push(...listed.damaged);
  }
  const byName = new Map(reports.map((r) => [r.name, r]));
  expect(byName.size).toBe(reports.length);
  for (const p of planted) {
    const report = byName.get(nameOf(p));
    expect(report, `${p.corruption.kind} ${nameOf(p)}`).toBeDefined();
    expect(report!.reason, `${p.corruption.kind} ${nameOf(p)}`).toBe(p.corruption.expected);
  }
  expect(reports).toHaveLength(planted.length);
  return reports;
}

export const tally = (planted: Planted[]) =>
  Object.entries(
    planted.reduce<Record<string, number>>(
      (counts, p) => ({ ...counts, [p.corruption.kind]: (counts[p.corruption.kind] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
