import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isOwnOrigin } from './app-origin';

describe('isOwnOrigin', () => {
  it('accepts our app:// origin', () => {
    expect(isOwnOrigin(APP_ENTRY_URL)).toBe(true);
    expect(isOwnOrigin('app://stride-atlas/assets/x.js')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isOwnOrigin(url)).toBe(false);
  });
  it('accepts the dev server only when one is configured, and only its exact origin', () => {
    expect(isOwnOrigin('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isOwnOrigin('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
  });
});
