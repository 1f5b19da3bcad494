import { spawn } from 'node:child_process';

/** The command that opens `url` in the system's default browser. */
export function browserOpenCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url` in the system browser; resolves false where there is none (no `xdg-open` on a bare
 * Linux machine, say), so the caller can tell the user to open the address themselves.
 */
export function openInSystemBrowser(
  url: string,
  { command, args } = browserOpenCommand(process.platform, url),
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
    child.unref();
  });
}
