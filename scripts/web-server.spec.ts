import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/shared/content-security-policy';
import { cacheControlFor, createWebServer } from './web-server';

describe('the web build’s server', () => {
  const root = mkdtempSync(join(tmpdir(), 'stride-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'start-up-ndVEwtNI.js'), 'export {};');
  const server = createWebServer(root);
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets the browser keep content-hashed files and asks again for everything else', () => {
    expect(cacheControlFor('/assets/start-up-ndVEwtNI.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/assets/knowledge-base-e853e72278.json')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/assets/logo.png')).toBe('no-cache');
  });

  it('serves files with the CSP and the caching rule, and nothing outside its folder', async () => {
    const script = await fetch(`${origin}/assets/start-up-ndVEwtNI.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/index.html`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${origin}/..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${origin}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
