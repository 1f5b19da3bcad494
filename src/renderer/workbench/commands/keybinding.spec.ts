import { describe, expect, it } from 'vitest';
import { matchesKeybinding, parseKeybinding } from './keybinding';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {},
  code = '',
) => ({
  key: k,
  code,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('keybindings', () => {
  it('matches modifiers exactly', () => {
    const palette = parseKeybinding('Ctrl+Shift+P');
    expect(matchesKeybinding(key('P', { ctrlKey: true, shiftKey: true }, 'KeyP'), palette, false)).toBe(true);
    expect(matchesKeybinding(key('p', { ctrlKey: true }, 'KeyP'), palette, false)).toBe(false);
    expect(matchesKeybinding(key('p', { ctrlKey: true }, 'KeyP'), parseKeybinding('Ctrl+P'), false)).toBe(true);
  });

  it('treats Ctrl as Cmd on macOS', () => {
    expect(matchesKeybinding(key('b', { metaKey: true }, 'KeyB'), parseKeybinding('Ctrl+B'), true)).toBe(true);
    expect(matchesKeybinding(key('b', { ctrlKey: true }, 'KeyB'), parseKeybinding('Ctrl+B'), true)).toBe(false);
  });

  it('accepts + for zoom in and the shifted character via the physical key', () => {
    expect(matchesKeybinding(key('+', { ctrlKey: true }), parseKeybinding('Ctrl+='), false)).toBe(true);
    expect(
      matchesKeybinding(key('T', { ctrlKey: true, shiftKey: true }, 'KeyT'), parseKeybinding('Ctrl+Shift+T'), false),
    ).toBe(true);
    expect(matchesKeybinding(key('ArrowLeft', { altKey: true }), parseKeybinding('Alt+ArrowLeft'), false)).toBe(true);
    expect(matchesKeybinding(key('F11'), parseKeybinding('F11'), false)).toBe(true);
  });
});
