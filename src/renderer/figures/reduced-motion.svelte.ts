/** Follows the OS "reduce motion" setting, live. */
export class ReducedMotion {
  current = $state(false);

  constructor() {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.current = query.matches;
    query.addEventListener?.('change', (e) => (this.current = e.matches));
  }
}
