/**
 * What every AppApi adapter must do, run against each of them: the web adapter on IndexedDB
 * (src/renderer/platform/web/app-api-contract.spec.ts) and the Electron adapter over the preload
 * bridge to the real main-process services (tests/app-api/electron-app-api.spec.ts). A feature
 * that exists in one host only fails here for the other.
 */
import { describe, expect, it } from 'vitest';
import { createHandout } from '../../src/core/handout/create-handout';
import { HANDOUT_SCHEMA_VERSION, type Handout, type HandoutTemplate } from '../../src/core/handout/handout';
import type { AppApi, Platform } from '../../src/shared/app-api';
import { CONSULT_DRAFT_ID, CONSULT_DRAFT_SCHEMA_VERSION, type ConsultDraft } from '../../src/shared/consult-draft';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { DEFAULT_LAYOUT, type WorkbenchLayout } from '../../src/shared/workbench-layout';

const ids = {
  a: '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  b: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  c: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
};

function handout(id: string, patientName: string, updatedAt: string): Handout {
  return { ...createHandout({ id, now: '2026-03-02T09:00:00+00:00', date: '2026-03-02', patientName }), updatedAt };
}

const template: HandoutTemplate = {
  schemaVersion: HANDOUT_SCHEMA_VERSION,
  id: ids.c,
  name: 'Lateral hip pain — early loading',
  conditions: ['gluteal-tendinopathy'],
  exercises: [],
  topics: [],
  notes: '',
  options: handout(ids.a, '', '2026-03-02T09:00:00+00:00').options,
  createdAt: '2026-03-02T09:00:00+00:00',
  updatedAt: '2026-03-02T09:00:00+00:00',
};

const CLINIC_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'dark',
  units: 'miles',
  clinic: {
    name: 'Riverside Sports Physio',
    address: '1 River Lane',
    phone: '0117 000 0000',
    email: 'desk@riverside.example',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
};
const LAYOUT: WorkbenchLayout = {
  ...DEFAULT_LAYOUT,
  activeView: 'search',
  sideBarWidth: 360,
  tabs: [{ input: { kind: 'condition', id: 'gluteal-tendinopathy' }, pinned: true, scrollTop: 120 }],
  activeTab: 0,
  favourites: [{ kind: 'exercise', id: 'clamshell' }],
};

/** `start` gives a fresh adapter on empty storage for each test. */
export function describeAppApiContract(host: Platform, start: () => Promise<AppApi>): void {
  describe(`the ${host} AppApi adapter keeps the AppApi contract`, () => {
    it('says which host it is', async () => {
      const api = await start();
      expect(api.platform).toBe(host);
      expect((await api.getAppInfo()).platform).toBe(host);
    });

    it('has no settings or layout before the first save, then gives back what was saved', async () => {
      const api = await start();
      expect(await api.loadSettings()).toEqual({ status: 'missing' });
      expect(await api.loadLayout()).toEqual({ status: 'missing' });
      await api.saveSettings(CLINIC_SETTINGS);
      await api.saveLayout(LAYOUT);
      expect(await api.loadSettings()).toEqual({ status: 'ok', value: CLINIC_SETTINGS });
      expect(await api.loadLayout()).toEqual({ status: 'ok', value: LAYOUT });
    });

    it('refuses settings and a layout that are not valid, and keeps what it had', async () => {
      const api = await start();
      // A window reads its settings and layout before it saves them (the desktop store insists).
      await api.loadSettings();
      await api.loadLayout();
      await api.saveSettings(CLINIC_SETTINGS);
      await expect(
        api.saveSettings({ ...CLINIC_SETTINGS, theme: 'solarized' } as unknown as Settings),
      ).rejects.toThrow();
      await expect(api.saveLayout({ ...LAYOUT, sideBarWidth: -1 })).rejects.toThrow();
      expect(await api.loadSettings()).toEqual({ status: 'ok', value: CLINIC_SETTINGS });
      expect(await api.loadLayout()).toEqual({ status: 'missing' });
    });

    it('lists saved handouts newest first, replaces one saved again, and deletes one', async () => {
      const api = await start();
      expect(await api.listUserFiles('handout')).toEqual({ files: [], damaged: [] });
      await api.saveUserFile('handout', handout(ids.a, 'A. Runner', '2026-03-02T09:00:00+00:00'));
      await api.saveUserFile('handout', handout(ids.b, 'B. Runner', '2026-03-03T09:00:00+00:00'));
      await api.saveUserFile('handout', handout(ids.a, 'A. Runner again', '2026-03-04T09:00:00+00:00'));
      const listed = await api.listUserFiles('handout');
      expect(listed.files.map((d) => [d.id, d.patientName])).toEqual([
        [ids.a, 'A. Runner again'],
        [ids.b, 'B. Runner'],
      ]);
      expect(listed.damaged).toEqual([]);
      await api.deleteUserFile('handout', ids.a);
      expect((await api.listUserFiles('handout')).files.map((d) => d.id)).toEqual([ids.b]);
    });

    it('keeps templates apart from handouts', async () => {
      const api = await start();
      await api.saveUserFile('template', template);
      expect((await api.listUserFiles('template')).files).toEqual([template]);
      expect((await api.listUserFiles('handout')).files).toEqual([]);
    });

    it('keeps the consult in progress apart from saved handouts, replaces it, and removes it', async () => {
      const api = await start();
      const draft: ConsultDraft = {
        schemaVersion: CONSULT_DRAFT_SCHEMA_VERSION,
        id: CONSULT_DRAFT_ID,
        updatedAt: '2026-03-02T09:05:00.000Z',
        handout: { state: 'unsaved', handout: handout(ids.a, 'A. Runner', '2026-03-02T09:00:00+00:00') },
        triage: {
          regions: [{ region: 'lateral-hip', side: 'left', role: 'main' }],
          answers: { 'night-pain': 'unsure' },
          mode: 'main',
          view: 'front',
        },
      };
      await api.saveUserFile('draft', draft);
      const saved: ConsultDraft = { ...draft, handout: { state: 'saved', handoutId: ids.a } };
      await api.saveUserFile('draft', saved);
      expect(await api.listUserFiles('draft')).toEqual({ files: [saved], damaged: [] });
      expect((await api.listUserFiles('handout')).files).toEqual([]);
      await api.deleteUserFile('draft', CONSULT_DRAFT_ID);
      expect((await api.listUserFiles('draft')).files).toEqual([]);
    });

    it('refuses a document whose id could become a path, or that does not match its schema', async () => {
      const api = await start();
      await expect(
        api.saveUserFile('handout', { ...handout(ids.a, 'X', '2026-03-02T09:00:00+00:00'), id: '../../settings' }),
      ).rejects.toThrow();
      await expect(
        api.saveUserFile('handout', {
          ...handout(ids.a, 'X', '2026-03-02T09:00:00+00:00'),
          schemaVersion: 99,
        } as never),
      ).rejects.toThrow();
      await expect(api.deleteUserFile('handout', '../settings')).rejects.toThrow();
      expect((await api.listUserFiles('handout')).files).toEqual([]);
    });

    it('lists nothing kept aside on fresh storage, and deletes only what it lists', async () => {
      const api = await start();
      await api.saveUserFile('template', template);
      expect(await api.listKeptAside()).toEqual([]);
      await expect(api.deleteKeptAside('settings.json')).rejects.toThrow(/not among the/);
      await expect(api.deleteKeptAside('../../etc/passwd')).rejects.toThrow();
      expect((await api.listUserFiles('template')).files).toEqual([template]);
    });

    it('subscribes to menu commands and lets go again', async () => {
      const api = await start();
      const unsubscribe = api.onMenuCommand(() => {});
      expect(typeof unsubscribe).toBe('function');
      unsubscribe();
    });
  });
}
