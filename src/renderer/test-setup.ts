import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// jsdom has no matchMedia; components that follow the OS theme or reduced motion need one.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => cleanup());

// jsdom does no layout, so it has no scrolling; components call this to keep a selection visible.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
