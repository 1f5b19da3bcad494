import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import { createKbLookup } from '../../../core/kb/kb-lookup';
import { SearchEngine } from '../../../core/search/search-engine';
import type { EditorInput } from '../../../shared/workbench-layout';
import { CommandRegistry } from '../commands/command-registry.svelte';
import { describeInput } from '../registry/contribution';
import { EDITORS } from '../registry/contributions.svelte';
import QuickInput from './QuickInput.svelte';

const engine = SearchEngine.fromKnowledgeBase(knowledgeBase);
const lookup = createKbLookup(knowledgeBase);

function setup(initialValue: string, recent: EditorInput[] = []) {
  const registry = new CommandRegistry(false);
  const zoomIn = vi.fn();
  registry.register({ id: 'zoom-in', title: 'View: Zoom In', keybindings: ['Ctrl+='], run: zoomIn });
  registry.register({ id: 'toggle-side-bar', title: 'View: Toggle Side Bar', keybindings: ['Ctrl+B'], run: () => {} });
  registry.register({ id: 'new-patient', title: 'Triage: New Patient', run: () => {} });
  const onopen = vi.fn();
  const onclose = vi.fn();
  render(QuickInput, {
    initialValue,
    registry,
    searchEngine: engine,
    recent,
    describe: (i: EditorInput) => describeInput(EDITORS, lookup, i),
    isMac: false,
    onopen,
    onclose,
  });
  return { onopen, onclose, zoomIn, input: screen.getByRole('combobox') };
}

const optionTexts = () => screen.getAllByRole('option').map((o) => o.textContent?.trim());

describe('QuickInput', () => {
  it('as the command palette, lists every command with its shortcut and filters fuzzily with the match highlighted', async () => {
    const { input } = setup('>');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(screen.getByText('Ctrl+=')).toBeTruthy();
    await fireEvent.input(input, { target: { value: '>zmin' } });
    expect(optionTexts()).toHaveLength(1);
    const marks = [...document.querySelectorAll('[role=option] mark')].map((m) => m.textContent).join('');
    expect(marks.toLowerCase()).toBe('zmin');
  });

  it('runs the chosen command with Enter and closes', async () => {
    const { input, zoomIn, onclose } = setup('>zoom');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onclose).toHaveBeenCalled();
    expect(zoomIn).toHaveBeenCalledOnce();
  });

  it('quick-opens knowledge-base items through the search index, typos included', async () => {
    const { input, onopen } = setup('');
    await fireEvent.input(input, { target: { value: 'trochantric' } });
    expect(optionTexts()[0]).toMatch(/trochanteric/i);
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ kind: 'condition' }), true);
  });

  it('moves the selection with the arrow keys, wrapping around', async () => {
    const { input } = setup('>');
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    const options = screen.getAllByRole('option');
    expect(options[options.length - 1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
  });

  it('shows recently opened items first when the box is empty', () => {
    setup('', [{ kind: 'exercise', id: 'clamshell' }]);
    expect(optionTexts()[0]).toMatch(/Clamshell.*recently opened/);
  });

  it('says so when nothing matches', async () => {
    const { input } = setup('>');
    await fireEvent.input(input, { target: { value: '>qqqqxxxx' } });
    expect(screen.getByText('No matching commands')).toBeTruthy();
  });
});
