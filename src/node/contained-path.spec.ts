import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContainedPath } from './contained-path';

const root = resolve('/srv/renderer');

describe('resolveContainedPath', () => {
  it('maps paths inside the root, and / to index.html', () => {
    expect(resolveContainedPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveContainedPath(root, '/assets/app.js')).toBe(join(root, 'assets/app.js'));
    expect(resolveContainedPath(root, '/assets/a%20b.js')).toBe(join(root, 'assets/a b.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/%00.js',
    '/%E0%A4%A',
    '/..\\..\\windows',
  ])('refuses %s', (path) => {
    expect(resolveContainedPath(root, path)).toBeNull();
  });
});
