import type { Locator, Page } from '@playwright/test';
import type { ThemeChoice } from '../../src/shared/settings';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as this computer',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** A file to upload: a path on disk, or bytes made in the test. */
export type UploadFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The Settings view in the side bar. */
export class SettingsViewPart {
  readonly root: Locator;
  readonly clinicName: Locator;
  readonly clinicianName: Locator;
  readonly reviewAfterWeeks: Locator;
  readonly largePrint: Locator;
  readonly logoInput: Locator;
  readonly logoPreview: Locator;
  readonly removeLogoButton: Locator;
  /** Messages beside fields (a refused logo, an impossible number). */
  readonly errors: Locator;
  readonly dataLocation: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('complementary', { name: 'Settings' });
    this.clinicName = this.root.getByLabel('Clinic name', { exact: true });
    this.clinicianName = this.root.getByLabel('Your name (printed on handouts)');
    this.reviewAfterWeeks = this.root.getByLabel('Review appointment after (weeks)');
    this.largePrint = this.root.getByRole('checkbox', { name: 'Large print by default' });
    this.logoInput = this.root.getByLabel('Logo', { exact: true });
    this.logoPreview = this.root.getByRole('img', { name: 'Current clinic logo' });
    this.removeLogoButton = this.root.getByRole('button', { name: 'Remove logo' });
    this.errors = this.root.getByRole('alert');
    this.dataLocation = this.root.getByRole('region', { name: 'Where your data is kept' });
  }

  themeOption(theme: ThemeChoice): Locator {
    return this.root.getByRole('radio', { name: THEME_LABELS[theme], exact: true });
  }

  async chooseTheme(theme: ThemeChoice): Promise<void> {
    await this.themeOption(theme).check();
  }

  async chooseUnits(units: 'km' | 'miles'): Promise<void> {
    await this.root.getByRole('radio', { name: units === 'km' ? 'Kilometres' : 'Miles', exact: true }).check();
  }

  async choosePaperSize(size: 'A4' | 'Letter'): Promise<void> {
    await this.root.getByRole('radio', { name: size === 'A4' ? 'A4' : 'US Letter', exact: true }).check();
  }

  async setClinicName(name: string): Promise<void> {
    await this.clinicName.fill(name);
  }

  async setClinicianName(name: string): Promise<void> {
    await this.clinicianName.fill(name);
  }

  async uploadLogo(file: UploadFile): Promise<void> {
    await this.logoInput.setInputFiles(file);
  }

  async removeLogo(): Promise<void> {
    await this.removeLogoButton.click();
  }
}
