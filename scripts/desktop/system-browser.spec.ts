import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from './loopback';
import { browserOpenCommand, openInSystemBrowser } from './system-browser';

describe('opening the web build in the system browser', () => {
  it('uses each system’s own opener', () => {
    const url = 'http://127.0.0.1:4173/';
    expect(browserOpenCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserOpenCommand('win32', url)).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
    expect(browserOpenCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
  });

  it('reports whether the opener ran, and a system without one instead of failing', async () => {
    const url = 'http://127.0.0.1:9/';
    expect(await openInSystemBrowser(url, { command: process.execPath, args: ['-e', ''] })).toBe(true);
    expect(await openInSystemBrowser(url, { command: process.execPath, args: ['-e', 'process.exit(3)'] })).toBe(false);
    expect(await openInSystemBrowser(url, { command: 'stride-atlas-no-such-opener', args: [url] })).toBe(false);
  });

  it('serves on the preferred loopback port, or on a free one when it is taken', async () => {
    const first = createServer();
    const second = createServer();
    try {
      const port = await listenOnLoopback(first, 0);
      expect(first.address()).toMatchObject({ address: '127.0.0.1', port });
      const other = await listenOnLoopback(second, port);
      expect(other).not.toBe(port);
      expect(second.address()).toMatchObject({ address: '127.0.0.1', port: other });
    } finally {
      first.close();
      second.close();
    }
  });
});
