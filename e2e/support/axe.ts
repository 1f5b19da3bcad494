import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ThemeChoice } from '../../src/shared/settings';

/** axe's serious and critical findings on the page as it is now, one line each (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The command palette's name for each fixed theme. */
export const THEME_COMMANDS: Record<Exclude<ThemeChoice, 'system'>, string> = {
  light: 'Color Theme: Light',
  dark: 'Color Theme: Dark',
  'high-contrast': 'Color Theme: High Contrast',
};
