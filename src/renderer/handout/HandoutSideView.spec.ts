import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { createHandout, handoutExerciseFromKb } from '../../core/handout/create-handout';
import { HANDOUT_SCHEMA_VERSION, type Handout, type HandoutTemplate } from '../../core/handout/handout';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { AppApi } from '../../shared/app-api';
import type { ConsultDraft } from '../../shared/consult-draft';
import type { DamagedFile, UserFileKind } from '../../shared/user-files';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import { HandoutSession } from './handout-session.svelte';
import HandoutSideView from './HandoutSideView.svelte';

const lookup = createKbLookup(knowledgeBase);
const tendinopathy = lookup.condition('gluteal-tendinopathy')!;

function savedHandout(id: string, date: string, patientName: string, conditions: string[]): Handout {
  return createHandout({
    id,
    now: `${date}T09:00:00Z`,
    date,
    patientName,
    conditions,
    exercises: [handoutExerciseFromKb(lookup.exercise('clamshell')!)],
  });
}

const template: HandoutTemplate = {
  schemaVersion: HANDOUT_SCHEMA_VERSION,
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Lateral hip pain — early loading',
  conditions: [tendinopathy.id],
  exercises: [
    handoutExerciseFromKb(lookup.exercise('glute-bridge')!),
    handoutExerciseFromKb(lookup.exercise('side-plank')!),
  ],
  topics: ['pain-monitoring'],
  notes: '',
  options: {
    paperSize: 'A4',
    largePrint: false,
    units: 'km',
    include: { conditions: true, exercises: true, advice: true, notes: true, score: false },
  },
  createdAt: '2026-01-01T09:00:00Z',
  updatedAt: '2026-01-01T09:00:00Z',
};

/** An in-memory store behind the AppApi's document methods. */
function fakeStore(damaged: DamagedFile[] = []) {
  const store: { handout: Handout[]; template: HandoutTemplate[]; draft: ConsultDraft[] } = {
    handout: [
      savedHandout('00000000-0000-4000-8000-000000000001', '2026-02-10', 'Zoë Çelik', [tendinopathy.id]),
      savedHandout('00000000-0000-4000-8000-000000000002', '2026-03-01', 'Jo Smith', ['hip-flexor-strain']),
    ],
    template: [template],
    draft: [],
  };
  const appApi = {
    listUserFiles: vi.fn(async (kind: UserFileKind) => ({
      files: [...store[kind]],
      damaged: kind === 'handout' ? damaged : [],
    })),
    saveUserFile: vi.fn(async () => {}),
    deleteUserFile: vi.fn(async (kind: UserFileKind, id: string) => {
      if (kind === 'handout') store.handout = store.handout.filter((d) => d.id !== id);
      else if (kind === 'template') store.template = store.template.filter((d) => d.id !== id);
    }),
  };
  return { store, appApi };
}

function setup(damaged: DamagedFile[] = []) {
  const { store, appApi } = fakeStore(damaged);
  const session = new HandoutSession({ lookup, appApi, now: () => new Date('2026-03-07T10:00:00') });
  const { actions, context } = fakeWorkbench();
  render(HandoutSideView, { props: { knowledgeBase, session, appApi: appApi as unknown as AppApi }, context });
  return { store, appApi, session, actions };
}

const savedList = () => screen.getByRole('list', { name: 'Saved handouts' });

describe('HandoutSideView', () => {
  it('lists saved handouts newest first with date, patient initials and conditions', async () => {
    setup();
    await waitFor(() => expect(within(savedList()).getAllByRole('listitem')).toHaveLength(2));
    const [newest, older] = within(savedList()).getAllByRole('listitem');
    expect(newest!.textContent).toContain('1 March 2026 · J. S.');
    expect(newest!.textContent).toContain(lookup.condition('hip-flexor-strain')!.name);
    expect(older!.textContent).toContain('10 February 2026 · Z. Ç.');
    expect(older!.textContent).not.toContain('Zoë');
  });

  it('deletes a saved handout only after confirmation', async () => {
    const { appApi } = setup();
    const item = await waitFor(() => within(savedList()).getByRole('group', { name: /Z\. Ç\./ }));
    await fireEvent.click(within(item).getByRole('button', { name: 'Delete…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(appApi.deleteUserFile).not.toHaveBeenCalled();

    await fireEvent.click(
      within(within(savedList()).getByRole('group', { name: /Z\. Ç\./ })).getByRole('button', { name: 'Delete…' }),
    );
    const confirm = screen.getByRole('group', { name: 'Confirm delete' });
    expect(confirm.textContent).toContain('This cannot be undone');
    await fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(appApi.deleteUserFile).toHaveBeenCalledWith('handout', '00000000-0000-4000-8000-000000000001');
    await waitFor(() => expect(within(savedList()).getAllByRole('listitem')).toHaveLength(1));
  });

  it('opens, duplicates and exports a saved handout in the builder', async () => {
    const { session, actions, store } = setup();
    const item = await waitFor(() => within(savedList()).getByRole('group', { name: /J\. S\./ }));
    await fireEvent.click(within(item).getByRole('button', { name: 'Open' }));
    expect(session.handout).toEqual(store.handout[1]);
    expect(actions.open).toHaveBeenCalledWith({ kind: 'handout' }, { pinned: true });

    await fireEvent.click(within(item).getByRole('button', { name: 'Duplicate' }));
    expect(session.handout.id).not.toBe(store.handout[1]!.id);
    expect(session.handout.patientName).toBe('Jo Smith');

    await fireEvent.click(within(item).getByRole('button', { name: 'Export PDF' }));
    expect(session.handout.id).toBe(store.handout[1]!.id);
    expect(session.takeRequest()).toBe('export');
  });

  it('starts a handout from a template, and deletes a template after confirmation', async () => {
    const { session, actions, appApi } = setup();
    const templates = screen.getByRole('list', { name: 'Templates' });
    const item = await waitFor(() => within(templates).getByRole('group', { name: `Template ${template.name}` }));
    await fireEvent.click(within(item).getByRole('button', { name: 'Start from' }));
    expect(session.handout.exercises.map((e) => e.exerciseId)).toEqual(['glute-bridge', 'side-plank']);
    expect(actions.open).toHaveBeenCalledWith({ kind: 'handout' }, { pinned: true });

    await fireEvent.click(within(item).getByRole('button', { name: 'Delete…' }));
    await fireEvent.click(
      within(screen.getByRole('group', { name: 'Confirm delete' })).getByRole('button', { name: 'Delete' }),
    );
    expect(appApi.deleteUserFile).toHaveBeenCalledWith('template', template.id);
    await waitFor(() => expect(screen.getByText(/No templates yet/)).toBeTruthy());
  });

  it('summarises the current handout, reloads the lists after a save, and starts a new handout', async () => {
    const { session, store } = setup();
    session.startFromCondition(tendinopathy.id);
    await waitFor(() =>
      expect(screen.getByText(new RegExp(`1 condition, ${session.handout.exercises.length} exercises`))).toBeTruthy(),
    );
    expect(screen.getByText(/unsaved/)).toBeTruthy();
    store.handout.push(session.handout);
    await session.save();
    await waitFor(() => expect(within(savedList()).getAllByRole('listitem')).toHaveLength(3));
    await fireEvent.click(screen.getByRole('button', { name: 'New handout' }));
    expect(session.itemCount).toBe(0);
  });

  it('reports damaged files with where they were kept, and still lists the rest', async () => {
    setup([
      {
        name: 'handout-1234.json',
        reason: 'damaged',
        message: 'not valid JSON',
        keptAs: '/data/handouts/damaged/handout-1234.json',
      },
    ]);
    const report = await screen.findByRole('alert');
    expect(report.textContent).toContain('“handout-1234.json” could not be read (not valid JSON)');
    expect(report.textContent).toContain('/data/handouts/damaged/handout-1234.json');
    expect(within(savedList()).getAllByRole('listitem')).toHaveLength(2);
  });
});
