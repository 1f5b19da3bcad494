import { describe, expect, it } from 'vitest';
import { readThemeHint, writeThemeHint } from './theme-hint';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

const refusing = {
  getItem: (): string | null => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe('theme hint', () => {
  it('gives back the theme written last', () => {
    const storage = memoryStorage();
    expect(readThemeHint(storage)).toBeUndefined();
    writeThemeHint('dark', storage);
    expect(readThemeHint(storage)).toBe('dark');
    writeThemeHint('high-contrast', storage);
    expect(readThemeHint(storage)).toBe('high-contrast');
  });

  it('ignores a value that is not a theme', () => {
    expect(readThemeHint(memoryStorage({ 'stride-atlas:theme': 'solarized' }))).toBeUndefined();
    expect(readThemeHint(memoryStorage({ 'stride-atlas:theme': '' }))).toBeUndefined();
  });

  it('does without when storage refuses, instead of failing the start', () => {
    expect(readThemeHint(refusing)).toBeUndefined();
    expect(() => writeThemeHint('dark', refusing)).not.toThrow();
  });
});
