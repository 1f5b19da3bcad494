/**
 * Test helpers for the handout specs. jsdom has no ResizeObserver, which `bind:clientWidth` (the
 * preview's fit-to-width scaling) needs; a no-op one lets the components mount.
 */
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
