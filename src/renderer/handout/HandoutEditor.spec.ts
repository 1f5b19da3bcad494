import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { countDailyExercises } from '../../core/handout/adherence';
import { createKbLookup } from '../../core/kb/kb-lookup';
import type { AppApi } from '../../shared/app-api';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { renderPdfInWorker, warmPdfWorker } from '../pdf/render-pdf-in-worker';
import { fakeWorkbench } from '../workbench-api/test-support/fake-workbench';
import { ATLAS_ITEM_MIME } from '../workbench-api/item-drag';
import { HandoutSession } from './handout-session.svelte';
import HandoutEditor from './HandoutEditor.svelte';
import './spec-support';

vi.mock('../pdf/render-pdf-in-worker', () => ({
  renderPdfInWorker: vi.fn(),
  warmPdfWorker: vi.fn(() => Promise.resolve()),
}));
const renderPdf = vi.mocked(renderPdfInWorker);

const lookup = createKbLookup(knowledgeBase);
const name = (id: string) => lookup.exercise(id)!.name;

function fakeAppApi() {
  return {
    saveUserFile: vi.fn(async () => {}),
    savePdf: vi.fn(async () => ({ status: 'saved' as const, location: '/home/alex/Documents/handout.pdf' })),
    printPage: vi.fn(async () => {}),
  };
}

function setup(exerciseIds: string[] = []) {
  const appApi = fakeAppApi();
  const session = new HandoutSession({ lookup, appApi, now: () => new Date('2026-03-07T10:00:00') });
  for (const id of exerciseIds) session.add({ kind: 'exercise', id });
  const { actions, context } = fakeWorkbench();
  render(HandoutEditor, {
    props: { knowledgeBase, session, appApi: appApi as unknown as AppApi, settings: DEFAULT_SETTINGS },
    context,
  });
  return { session, appApi, actions };
}

const programme = () => screen.getByRole('list', { name: 'Exercise programme' });
const rowNames = () =>
  within(programme())
    .getAllByRole('group')
    .map((g) => g.getAttribute('aria-label')!.replace(/ dosage$/, ''));

beforeEach(() => {
  renderPdf.mockReset();
});

describe('HandoutEditor: the programme', () => {
  it('reorders exercises with Alt+ArrowUp/Down on a focused row, keeping focus and announcing the move', async () => {
    setup(['clamshell', 'glute-bridge', 'side-plank']);
    const handle = screen.getByRole('button', { name: new RegExp(`^${name('clamshell')}, position 1 of 3`) });
    handle.focus();
    await fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true });
    expect(rowNames()).toEqual([name('glute-bridge'), name('clamshell'), name('side-plank')]);
    await waitFor(() => expect(document.activeElement).toBe(handle));
    expect(screen.getByText(`${name('clamshell')} moved to position 2 of 3.`)).toBeTruthy();
    await fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true });
    await fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true });
    expect(rowNames()).toEqual([name('glute-bridge'), name('side-plank'), name('clamshell')]);
    await fireEvent.keyDown(handle, { key: 'ArrowUp' });
    expect(rowNames().at(-1)).toBe(name('clamshell'));
  });

  it('moves with the Move up button and removes a row', async () => {
    const { session } = setup(['clamshell', 'glute-bridge']);
    await fireEvent.click(screen.getByRole('button', { name: `Move ${name('glute-bridge')} up` }));
    expect(rowNames()).toEqual([name('glute-bridge'), name('clamshell')]);
    await fireEvent.click(screen.getByRole('button', { name: `Remove ${name('glute-bridge')}` }));
    expect(session.handout.exercises.map((e) => e.exerciseId)).toEqual(['clamshell']);
  });

  it('reorders by dragging a row onto another', async () => {
    setup(['clamshell', 'glute-bridge', 'side-plank']);
    const rows = within(programme()).getAllByRole('listitem');
    const data = new Map<string, string>();
    const dataTransfer = {
      types: [] as string[],
      setData: (t: string, v: string) => (data.set(t, v), dataTransfer.types.push(t)),
      getData: (t: string) => data.get(t) ?? '',
      effectAllowed: '',
      dropEffect: '',
    };
    await fireEvent.dragStart(within(rows[2]!).getByRole('button', { name: /position 3 of 3/ }), { dataTransfer });
    await fireEvent.dragOver(rows[0]!, { dataTransfer });
    await fireEvent.drop(rows[0]!, { dataTransfer });
    expect(rowNames()).toEqual([name('side-plank'), name('clamshell'), name('glute-bridge')]);
  });

  it('edits the dosage and refuses a value outside the allowed range', async () => {
    const { session } = setup(['glute-bridge']);
    const row = within(programme()).getByRole('group', { name: `${name('glute-bridge')} dosage` });
    await fireEvent.input(within(row).getByLabelText('Sets'), { target: { value: '4' } });
    await fireEvent.change(within(row).getByLabelText('Side'), { target: { value: 'left' } });
    expect(session.handout.exercises[0]).toMatchObject({ sets: 4, side: 'left' });
    const sets = within(row).getByLabelText('Sets');
    await fireEvent.input(sets, { target: { value: '0' } });
    expect(sets.getAttribute('aria-invalid')).toBe('true');
    expect(session.handout.exercises[0]!.sets).toBe(4);
    expect(within(row).getByText(/^4 sets/)).toBeTruthy();
  });

  it('warns, without blocking, once the programme asks for more than 10 exercises a day', async () => {
    const { session } = setup();
    for (const exercise of knowledgeBase.exercises) {
      if (countDailyExercises(session.handout.exercises) > 10) break;
      expect(screen.queryByText(/exercises a day/)).toBeNull();
      session.add({ kind: 'exercise', id: exercise.id });
    }
    await waitFor(() =>
      expect(
        screen.getByText(new RegExp(`asks for ${countDailyExercises(session.handout.exercises)} exercises a day`)),
      ).toBeTruthy(),
    );
    expect(screen.getByRole('button', { name: /Export PDF/ }).hasAttribute('disabled')).toBe(false);
  });

  it('adds an item dropped from the Library, and ignores anything else dropped', async () => {
    const { session } = setup();
    const editor = screen.getByRole('region', { name: 'Handout builder' });
    const drop = (type: string, value: string) => ({
      dataTransfer: { types: [type], getData: (t: string) => (t === type ? value : ''), dropEffect: '' },
    });
    await fireEvent.dragOver(editor, drop(ATLAS_ITEM_MIME, '{"kind":"exercise","id":"clamshell"}'));
    await fireEvent.drop(editor, drop(ATLAS_ITEM_MIME, '{"kind":"exercise","id":"clamshell"}'));
    await fireEvent.drop(editor, drop(ATLAS_ITEM_MIME, '{"kind":"exercise","id":"<script>"}'));
    await fireEvent.drop(editor, drop('text/plain', 'glute-bridge'));
    expect(session.handout.exercises.map((e) => e.exerciseId)).toEqual(['clamshell']);
  });
});

describe('HandoutEditor: details, history and preview', () => {
  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, also from inside a text box', async () => {
    const { session } = setup();
    const patient = screen.getByLabelText('Patient name or initials (optional)') as HTMLInputElement;
    await fireEvent.input(patient, { target: { value: 'Zoë' } });
    await fireEvent.keyDown(patient, { key: 'z', ctrlKey: true });
    expect(session.handout.patientName).toBe('');
    expect(patient.value).toBe('');
    await fireEvent.keyDown(patient, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(patient.value).toBe('Zoë');
    await fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(patient.value).toBe('');
    await fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(patient.value).toBe('Zoë');
  });

  it('leaves Ctrl+Z alone when typing somewhere else, such as the Search box', async () => {
    const { session } = setup();
    session.setPatientName('Zoë');
    const elsewhere = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(elsewhere, { key: 'z', ctrlKey: true });
    expect(session.handout.patientName).toBe('Zoë');
    elsewhere.remove();
  });

  it('updates the preview as the handout is edited', async () => {
    setup(['clamshell']);
    const preview = screen.getByRole('region', { name: 'Preview' });
    await fireEvent.input(screen.getByLabelText('Patient name or initials (optional)'), {
      target: { value: 'Łukasz Nowak' },
    });
    await waitFor(() => expect(preview.textContent).toContain('Łukasz Nowak'));
    expect(within(preview).getAllByRole('article')[0]!.textContent).toContain(name('clamshell'));
  });

  it('saves, and saves the programme as a named template', async () => {
    const { appApi, session } = setup(['clamshell']);
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Handout saved.')).toBeTruthy());
    expect(appApi.saveUserFile).toHaveBeenCalledWith('handout', expect.objectContaining({ id: session.handout.id }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save as template…' }));
    const form = screen.getByRole('form', { name: 'Save as template' });
    await fireEvent.input(within(form).getByLabelText('Template name'), {
      target: { value: 'Lateral hip pain — early loading' },
    });
    await fireEvent.submit(form);
    await waitFor(() =>
      expect(appApi.saveUserFile).toHaveBeenCalledWith(
        'template',
        expect.objectContaining({ name: 'Lateral hip pain — early loading' }),
      ),
    );
    expect(screen.getByText('Template “Lateral hip pain — early loading” saved.')).toBeTruthy();
  });

  it('prints a copy of the preview placed directly in the page body', async () => {
    const { appApi } = setup(['clamshell']);
    await fireEvent.click(screen.getByRole('button', { name: /Print/ }));
    expect(appApi.printPage).toHaveBeenCalled();
    const copy = document.body.querySelector(':scope > .handout-print-root');
    expect(copy?.textContent).toContain(name('clamshell'));
  });
});

describe('HandoutEditor: PDF export', () => {
  it('reports characters the PDF font lacks, with their field, before making the PDF', async () => {
    const { session, appApi } = setup(['clamshell']);
    session.setPatientName('Zoë 中村');
    session.updateExercise(0, { notes: 'Breathe ☃' });
    await fireEvent.click(screen.getByRole('button', { name: /Export PDF/ }));
    const report = await screen.findByRole('alert');
    expect(report.textContent).toContain('Patient name: “中” (U+4E2D), “村” (U+6751)');
    expect(report.textContent).toContain(`Exercise 1 (${name('clamshell')}): notes: “☃” (U+2603)`);
    expect(report.textContent).not.toContain('ë');
    expect(renderPdf).not.toHaveBeenCalled();

    renderPdf.mockResolvedValue(new Uint8Array([37, 80, 68, 70]));
    await fireEvent.click(within(report).getByRole('button', { name: 'Export anyway' }));
    await waitFor(() =>
      expect(appApi.savePdf).toHaveBeenCalledWith(new Uint8Array([37, 80, 68, 70]), 'Zoë-中村-2026-03-07.pdf'),
    );
  });

  it('goes back without exporting when asked to', async () => {
    const { session } = setup(['clamshell']);
    session.setPatientName('中');
    await fireEvent.click(screen.getByRole('button', { name: /Export PDF/ }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Go back and change the text' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('starts loading the PDF worker as soon as the builder opens, before any export', () => {
    vi.mocked(warmPdfWorker).mockClear();
    setup(['clamshell']);
    expect(warmPdfWorker).toHaveBeenCalled();
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('shows progress while the worker makes the PDF, then where it was saved', async () => {
    const { session, appApi } = setup(['clamshell']);
    session.setPatientName('Jo Smith');
    let finish: (bytes: Uint8Array) => void = () => {};
    renderPdf.mockImplementation((_definition, onProgress) => {
      onProgress?.({ stage: 'rendering', fraction: 0.5 });
      return new Promise((resolve) => (finish = resolve));
    });
    await fireEvent.click(screen.getByRole('button', { name: /Export PDF/ }));
    const progress = await screen.findByRole('progressbar', { name: 'Making the PDF' });
    expect(progress.getAttribute('value')).toBe('0.5');
    expect(screen.getByText('Drawing the pages…')).toBeTruthy();
    const [definition] = renderPdf.mock.calls[0]!;
    expect(JSON.stringify(definition)).toContain('Jo Smith');
    finish(new Uint8Array([1]));
    expect(await screen.findByText('/home/alex/Documents/handout.pdf')).toBeTruthy();
    expect(appApi.savePdf).toHaveBeenCalledWith(new Uint8Array([1]), 'Jo-Smith-2026-03-07.pdf');
  });

  it('says so when the PDF could not be made', async () => {
    setup(['clamshell']);
    renderPdf.mockRejectedValue(new Error('The PDF worker stopped: out of memory'));
    await fireEvent.click(screen.getByRole('button', { name: /Export PDF/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('out of memory');
  });

  it('exports when the side view asks for it', async () => {
    const { session } = setup(['clamshell']);
    renderPdf.mockResolvedValue(new Uint8Array([1]));
    session.request('export');
    await waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(1));
  });
});
