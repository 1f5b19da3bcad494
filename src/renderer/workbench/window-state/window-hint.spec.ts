import { describe, expect, it } from 'vitest';
import { readWindowHint as readHint, writeWindowHint, type WindowHint } from './window-hint';

const readWindowHint = (storage: Pick<Storage, 'getItem'>) =>
  readHint(['library', 'search', 'body-map', 'handout', 'settings'], storage);

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
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

const HINT: WindowHint = {
  theme: 'dark',
  activeView: 'search',
  sideBarVisible: false,
  sideBarWidth: 420,
  zoomLevel: 3,
};
const stored = (value: unknown) =>
  memoryStorage({ 'stride-atlas:window': typeof value === 'string' ? value : JSON.stringify(value) });

describe('window hint', () => {
  it('gives back the window written last', () => {
    const storage = memoryStorage();
    expect(readWindowHint(storage)).toBeUndefined();
    writeWindowHint(HINT, storage);
    expect(readWindowHint(storage)).toEqual(HINT);
    writeWindowHint({ ...HINT, theme: 'high-contrast', sideBarWidth: 311.6 }, storage);
    expect(readWindowHint(storage)).toEqual({ ...HINT, theme: 'high-contrast', sideBarWidth: 312 });
  });

  it('ignores a hint that is damaged or out of range, as a whole', () => {
    expect(readWindowHint(stored('{"theme":"dark"'))).toBeUndefined();
    expect(readWindowHint(stored(null))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, theme: 'solarized' }))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, activeView: 'explorer' }))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, sideBarVisible: 'yes' }))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, sideBarWidth: 5000 }))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, zoomLevel: 1.5 }))).toBeUndefined();
    expect(readWindowHint(stored({ ...HINT, zoomLevel: 99 }))).toBeUndefined();
  });

  it('keeps only what it knows, whatever else is stored with it', () => {
    expect(readWindowHint(stored({ ...HINT, tabs: [{ kind: 'condition', id: 'x' }] }))).toEqual(HINT);
  });

  it('does without when storage refuses, instead of failing the start', () => {
    expect(readWindowHint(refusing)).toBeUndefined();
    expect(() => writeWindowHint(HINT, refusing)).not.toThrow();
  });
});
