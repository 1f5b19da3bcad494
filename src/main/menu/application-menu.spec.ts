import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildApplicationMenu } from './application-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('the application menu', () => {
  it.each([false, true])('has the usual roles (mac: %s)', (isMac) => {
    const items = flatten(buildApplicationMenu({ isMac, isDevelopment: false, send: vi.fn() }));
    const roles = items.map((i) => i.role).filter(Boolean);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'minimize',
      'close',
      'about',
      'togglefullscreen',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).not.toContain('toggleDevTools');
    expect(items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['&Edit', '&View', '&Window', '&Help', 'Zoom In', 'Zoom Out', 'Reset Zoom']),
    );
  });

  it('sends the command when an item is clicked, and leaves the shortcut to the renderer', () => {
    const send = vi.fn();
    const zoomIn = flatten(buildApplicationMenu({ isMac: false, isDevelopment: false, send })).find(
      (i) => i.label === 'Zoom In',
    )!;
    expect(zoomIn.accelerator).toBe('CmdOrCtrl+=');
    expect(zoomIn.registerAccelerator).toBe(false);
    (zoomIn.click as () => void)();
    expect(send).toHaveBeenCalledWith('zoom-in');
  });

  it('offers developer tools only in development', () => {
    const roles = flatten(buildApplicationMenu({ isMac: false, isDevelopment: true, send: vi.fn() })).map(
      (i) => i.role,
    );
    expect(roles).toContain('toggleDevTools');
  });
});
