import { describe, expect, it } from 'vitest';
import { LazyPart } from './lazy-part.svelte';

describe('LazyPart', () => {
  it('imports once, however often it is asked, and then holds what it loaded', async () => {
    let imports = 0;
    const component = () => 'page';
    const part = new LazyPart('page view', async () => {
      imports++;
      return { default: component };
    });
    expect(part.value).toBeUndefined();
    await Promise.all([part.load(), part.load()]);
    await part.load();
    expect(imports).toBe(1);
    expect(part.value).toBe(component);
    expect(part.error).toBeUndefined();
  });

  it('says which part could not be loaded, and why, instead of failing silently', async () => {
    const part = new LazyPart('handout builder', () =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    await part.load();
    expect(part.value).toBeUndefined();
    expect(part.error).toMatch(/handout builder could not be loaded \(Failed to fetch dynamically imported module\)/);
  });
});
