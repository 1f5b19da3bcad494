import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry, isTypingTarget } from './command-registry.svelte';
import { VIEWS } from '../registry/contributions.svelte';
import { workbenchCommands, type WorkbenchCommandTarget } from '../workbench-commands';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { cancelable: true, ...init });

describe('CommandRegistry', () => {
  it('lists recently used commands first, the rest alphabetically', () => {
    const registry = new CommandRegistry(false);
    for (const title of ['Zoom In', 'Back', 'Close Tab']) registry.register({ id: title, title, run: () => {} });
    expect(registry.all().map((c) => c.title)).toEqual(['Back', 'Close Tab', 'Zoom In']);
    registry.execute('Zoom In');
    expect(registry.all().map((c) => c.title)).toEqual(['Zoom In', 'Back', 'Close Tab']);
  });

  it('lists the real commands in the order an English collator would (it sorts without one)', () => {
    const registry = new CommandRegistry(false);
    // Titles are fixed when the commands are made; nothing here runs them.
    for (const command of workbenchCommands({} as WorkbenchCommandTarget, VIEWS)) registry.register(command);
    const titles = registry.all().map((c) => c.title);
    expect(titles.length).toBeGreaterThan(20);
    expect(titles).toEqual(titles.toSorted(new Intl.Collator('en').compare));
  });

  it('dispatches shortcuts, but only the ones allowed while typing when focus is in a text field', () => {
    const registry = new CommandRegistry(false);
    const palette = vi.fn();
    const back = vi.fn();
    registry.register({
      id: 'palette',
      title: 'Palette',
      keybindings: ['Ctrl+Shift+P'],
      whileTyping: true,
      run: palette,
    });
    registry.register({ id: 'back', title: 'Back', keybindings: ['Alt+ArrowLeft'], run: back });
    const typed = key({ key: 'ArrowLeft', altKey: true });
    expect(registry.handleKeydown(typed, true)).toBe(false);
    expect(back).not.toHaveBeenCalled();
    const event = key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    expect(registry.handleKeydown(event, true)).toBe(true);
    expect(event.defaultPrevented).toBe(true);
    expect(palette).toHaveBeenCalledOnce();
    expect(registry.handleKeydown(key({ key: 'ArrowLeft', altKey: true }), false)).toBe(true);
    expect(back).toHaveBeenCalledOnce();
  });

  it('refuses two commands with the same id', () => {
    const registry = new CommandRegistry(false);
    registry.register({ id: 'x', title: 'X', run: () => {} });
    expect(() => registry.register({ id: 'x', title: 'X again', run: () => {} })).toThrow(/twice/);
  });

  it('treats text inputs as typing targets, and checkboxes and buttons as not', () => {
    const text = document.createElement('input');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });
});
