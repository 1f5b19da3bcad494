/**
 * Commands the native application menu can send to the renderer. The renderer owns the keyboard
 * (the same shortcuts work in the web build); the menu only mirrors them for the mouse.
 */
export const MENU_COMMANDS = [
  'new-patient',
  'toggle-side-bar',
  'quick-open',
  'command-palette',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'toggle-patient-view',
  'open-settings',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Main-to-renderer channel carrying a MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
