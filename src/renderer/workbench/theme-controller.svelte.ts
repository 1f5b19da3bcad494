import type { ThemeChoice } from '../../shared/settings';

export type ResolvedTheme = 'light' | 'dark' | 'high-contrast';

/**
 * Resolves the chosen theme ("system" follows the OS, live) and applies it to the root element.
 */
export class ThemeController {
  choice = $state<ThemeChoice>('system');
  private systemDark = $state(false);
  private systemHighContrast = $state(false);
  readonly resolved: ResolvedTheme = $derived.by(() => {
    if (this.choice !== 'system') return this.choice;
    if (this.systemHighContrast) return 'high-contrast';
    return this.systemDark ? 'dark' : 'light';
  });

  constructor(private readonly root: HTMLElement = document.documentElement) {
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const contrast = matchMedia('(forced-colors: active)');
    this.systemDark = dark.matches;
    this.systemHighContrast = contrast.matches;
    dark.addEventListener('change', (e) => (this.systemDark = e.matches));
    contrast.addEventListener('change', (e) => (this.systemHighContrast = e.matches));
    this.apply();
  }

  /** Writes the resolved theme to the root element; call from an effect to keep it live. */
  apply(): void {
    this.root.dataset['theme'] = this.resolved;
  }
}
