/**
 * Keybindings written the way they are shown ("Ctrl+Shift+P", "Alt+ArrowLeft", "F11"). "Ctrl"
 * means Cmd on macOS, as in Electron's CmdOrCtrl.
 */
export interface ParsedKeybinding {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const KEY_ALIASES: Record<string, string[]> = {
  '=': ['=', '+'],
  '-': ['-', '_'],
  pagedown: ['pagedown'],
  pageup: ['pageup'],
};

export function parseKeybinding(binding: string): ParsedKeybinding {
  const parts = binding.split('+').map((p) => p.trim());
  // "Ctrl+=" splits into ["Ctrl", "="]; "Ctrl++" would split badly, so it is not allowed.
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt'), key };
}

export function isMacPlatform(platform: string): boolean {
  return /mac/i.test(platform);
}

export function matchesKeybinding(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  binding: ParsedKeybinding,
  isMac: boolean,
): boolean {
  const ctrl = isMac ? event.metaKey : event.ctrlKey;
  if (ctrl !== binding.ctrl || event.shiftKey !== binding.shift || event.altKey !== binding.alt) return false;
  if (!isMac && event.metaKey) return false;
  const key = event.key.toLowerCase();
  const accepted = KEY_ALIASES[binding.key] ?? [binding.key];
  if (accepted.includes(key)) return true;
  // With Shift held, event.key is the shifted character; fall back to the physical key.
  return (
    /^[a-z0-9]$/.test(binding.key) &&
    event.code.toLowerCase() === (/[0-9]/.test(binding.key) ? `digit${binding.key}` : `key${binding.key}`)
  );
}

/** How a binding is shown to the user on this platform. */
export function displayKeybinding(binding: string, isMac: boolean): string {
  return isMac
    ? binding
        .replace(/\bCtrl\b/g, '⌘')
        .replace(/\bAlt\b/g, '⌥')
        .replace(/\bShift\b/g, '⇧')
    : binding;
}
