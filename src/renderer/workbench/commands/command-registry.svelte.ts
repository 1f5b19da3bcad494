import { compareNames } from '../../../core/text/compare-names';
import { matchesKeybinding, parseKeybinding, type ParsedKeybinding } from './keybinding';

export interface Command {
  /** Stable id, e.g. "workbench.quickOpen"; menus and tests refer to it. */
  id: string;
  /** What the palette shows, "Category: Title" style. */
  title: string;
  /** Shortcuts as shown to the user; the first is displayed in the palette. */
  keybindings?: readonly string[];
  /** Whether a shortcut may fire while the user types in a text field. */
  whileTyping?: boolean;
  run(): void;
}

const RECENT_LIMIT = 10;

/**
 * Every command of the workbench in one place: the palette lists them, shortcuts dispatch through
 * them, and the native menu's commands map onto them. Recently used commands come first.
 */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly bindings: { binding: ParsedKeybinding; command: Command }[] = [];
  recentlyUsed = $state<string[]>([]);

  constructor(private readonly isMac: boolean) {}

  register(command: Command): void {
    if (this.commands.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    this.commands.set(command.id, command);
    for (const k of command.keybindings ?? []) this.bindings.push({ binding: parseKeybinding(k), command });
  }

  all(): Command[] {
    const rank = (c: Command) => {
      const i = this.recentlyUsed.indexOf(c.id);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return [...this.commands.values()].sort((a, b) => rank(a) - rank(b) || compareNames(a.title, b.title));
  }

  execute(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) return false;
    this.recentlyUsed = [id, ...this.recentlyUsed.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
    command.run();
    return true;
  }

  /** Runs the command bound to this key, if any; returns whether the event was handled. */
  handleKeydown(event: KeyboardEvent, typing: boolean): boolean {
    const match = this.bindings.find(
      (b) => (!typing || b.command.whileTyping) && matchesKeybinding(event, b.binding, this.isMac),
    );
    if (!match) return false;
    event.preventDefault();
    match.command.run();
    return true;
  }
}

/** Whether keyboard focus is somewhere the user types, where plain shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range', 'file'].includes(target.type)
  );
}
