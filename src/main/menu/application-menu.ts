import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/menu-commands';

export interface MenuOptions {
  isMac: boolean;
  isDevelopment: boolean;
  send: (command: MenuCommand) => void;
}

/**
 * The native menu. Shortcuts are shown but not registered (`registerAccelerator: false`): the
 * renderer handles the keys itself, as it does in the web build, and the menu sends the same
 * command when clicked. Clipboard and window items use Electron's built-in roles.
 */
export function buildApplicationMenu({ isMac, isDevelopment, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(id),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        command('Settings…', 'open-settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Patient', 'new-patient', 'CmdOrCtrl+Alt+N'),
        { type: 'separator' },
        ...(isMac
          ? []
          : [
              command('Settings', 'open-settings', 'CmdOrCtrl+,'),
              { type: 'separator' as const },
              { role: 'quit' as const },
            ]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo', registerAccelerator: false },
        { role: 'redo', registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Quick Open…', 'quick-open', 'CmdOrCtrl+P'),
        command('Command Palette…', 'command-palette', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        command('Toggle Side Bar', 'toggle-side-bar', 'CmdOrCtrl+B'),
        command('Patient View', 'toggle-patient-view', 'F11'),
        { type: 'separator' },
        command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        command('Reset Zoom', 'zoom-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDevelopment ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }] },
    {
      label: '&Help',
      submenu: [
        command('Keyboard Shortcuts', 'show-shortcuts'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  );
  return template;
}
