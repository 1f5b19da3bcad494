import knowledgeBase from 'virtual:knowledge-base';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKbLookup } from '../../../core/kb/kb-lookup';
import type { AppApi } from '../../../shared/app-api';
import { CONSULT_DRAFT_ID } from '../../../shared/consult-draft';
import type { DamagedFile, UserFileKind, UserFileTypes } from '../../../shared/user-files';
import { DRAFT_WRITE_DELAY_MS } from '../consult-draft/consult-draft-keeper.svelte';
import { createSessions } from './sessions';

const lookup = createKbLookup(knowledgeBase);

/** The user's files held in memory, as JSON text like both stores keep them. */
function memoryStore(damagedDraft?: DamagedFile) {
  const files = new Map<string, string>();
  const key = (kind: UserFileKind, id: string) => `${kind}/${id}`;
  const appApi = {
    listUserFiles: async <K extends UserFileKind>(kind: K) => ({
      files: [...files]
        .filter(([k]) => k.startsWith(`${kind}/`))
        .map(([, text]) => JSON.parse(text) as UserFileTypes[K]),
      damaged: kind === 'draft' && damagedDraft ? [damagedDraft] : [],
    }),
    saveUserFile: vi.fn(
      async (kind: UserFileKind, file: { id: string }) => void files.set(key(kind, file.id), JSON.stringify(file)),
    ),
    deleteUserFile: vi.fn(async (kind: UserFileKind, id: string) => void files.delete(key(kind, id))),
  };
  const draft = () => {
    const text = files.get(key('draft', CONSULT_DRAFT_ID));
    return text === undefined ? undefined : (JSON.parse(text) as UserFileTypes['draft']);
  };
  return { appApi: appApi as unknown as AppApi, draft, files };
}

/** A window: its sessions, loaded and restored, keeping the consult. */
async function openWindow(store: ReturnType<typeof memoryStore>) {
  const notify = vi.fn();
  const sessions = createSessions({ knowledgeBase, lookup, appApi: store.appApi, notify });
  const stop = sessions.keepConsult();
  await Promise.all([sessions.handout.load(), sessions.triage.load()]);
  // The keeper starts watching once both are in.
  await vi.advanceTimersByTimeAsync(0);
  return { handout: sessions.handout.value!, triage: sessions.triage.value!, stop, notify };
}

/** Lets the keeper see the change and the pause after it pass. */
async function pause() {
  flushSync();
  await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS);
}

describe('the consult kept across windows (hot exit)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('brings back the handout (unsaved), the marks with their roles, every answer and the view', async () => {
    const store = memoryStore();
    const first = await openWindow(store);
    first.handout.startFromCondition('gluteal-tendinopathy');
    first.handout.setPatientName('Mary Runner');
    first.triage.toggle('lateral-hip', 'left');
    first.triage.mode = 'spread';
    first.triage.toggle('lateral-thigh', 'left');
    first.triage.answer('night-pain', 'unsure');
    first.triage.answer('lying-on-side-pain', 'yes');
    first.triage.view = 'side';
    await pause();
    expect(store.draft()?.handout?.state).toBe('unsaved');
    first.stop();

    const second = await openWindow(store);
    expect(second.handout.handout).toEqual(first.handout.handout);
    expect(second.handout.dirty).toBe(true);
    expect(second.handout.itemCount).toBe(first.handout.itemCount);
    expect(second.triage.regions).toEqual([
      { region: 'lateral-hip', side: 'left', role: 'main' },
      { region: 'lateral-thigh', side: 'left', role: 'spread' },
    ]);
    expect(second.triage.answers).toEqual({ 'night-pain': 'unsure', 'lying-on-side-pain': 'yes' });
    expect(second.triage.mode).toBe('spread');
    expect(second.triage.view).toBe('side');
    second.stop();
  });

  it('writes a change not yet written when the window goes away', async () => {
    const store = memoryStore();
    const first = await openWindow(store);
    first.handout.add({ kind: 'exercise', id: 'clamshell' });
    flushSync();
    first.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.draft()?.handout).toMatchObject({ state: 'unsaved' });
  });

  it('refers to a saved handout instead of copying it, and opens the saved one unchanged', async () => {
    const store = memoryStore();
    const first = await openWindow(store);
    first.handout.add({ kind: 'exercise', id: 'clamshell' });
    const saved = await first.handout.save();
    await pause();
    expect(store.draft()?.handout).toEqual({ state: 'saved', handoutId: saved.id });
    first.stop();

    const second = await openWindow(store);
    expect(second.handout.handout).toEqual(saved);
    expect(second.handout.dirty).toBe(false);
    second.stop();
  });

  it('New patient removes the kept consult; Undo brings the handout back and keeps it again', async () => {
    const store = memoryStore();
    const window = await openWindow(store);
    window.handout.add({ kind: 'exercise', id: 'clamshell' });
    window.triage.toggle('groin', 'right');
    await pause();
    expect(store.draft()).toBeDefined();

    window.triage.clear();
    window.handout.newHandout();
    await pause();
    expect(store.draft()).toBeUndefined();

    window.handout.undo();
    await pause();
    expect(store.draft()?.handout).toMatchObject({ state: 'unsaved' });
    window.stop();
  });

  it('reports a damaged kept consult and starts clean', async () => {
    const store = memoryStore({
      name: 'drafts/x.json',
      reason: 'damaged',
      message: 'x.json could not be read: not valid JSON',
      keptAs: '/damaged/x.json',
    });
    const window = await openWindow(store);
    expect(window.notify).toHaveBeenCalledWith(
      expect.stringMatching(/could not be brought back .*not valid JSON.*kept as \/damaged\/x.json/),
      'warning',
    );
    expect(window.handout.itemCount).toBe(0);
    expect(window.triage.isEmpty).toBe(true);
    window.stop();
  });

  it('leaves a consult kept by a newer version where it is, and never writes over it', async () => {
    const store = memoryStore({
      name: 'drafts/x.json',
      reason: 'newer',
      message: 'saved by a newer version of Stride Atlas',
      keptAs: '/drafts/x.json',
    });
    const window = await openWindow(store);
    expect(window.notify).toHaveBeenCalledWith(expect.stringMatching(/kept by a newer version/), 'warning');
    window.handout.add({ kind: 'exercise', id: 'clamshell' });
    await pause();
    window.stop();
    expect(store.appApi.saveUserFile).not.toHaveBeenCalled();
  });

  it('does not write over a kept consult the store could not be asked for', async () => {
    const store = memoryStore();
    store.appApi.listUserFiles = async () => {
      throw new Error('IndexedDB is blocked');
    };
    const window = await openWindow(store);
    expect(window.notify).toHaveBeenCalledWith(
      expect.stringMatching(/could not be read \(IndexedDB is blocked\)/),
      'warning',
    );
    window.handout.add({ kind: 'exercise', id: 'clamshell' });
    await pause();
    window.stop();
    expect(store.appApi.saveUserFile).not.toHaveBeenCalled();
  });
});
