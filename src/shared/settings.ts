/**
 * The user's settings: what they are and their defaults. The schema that checks saved settings is
 * in ./settings-schema (zod), which the renderer loads only when it reads or writes them.
 */
import type { z } from 'zod';
import { refuseNewerFormat } from '../core/handout/migrate-stored-file';
import type { clinicProfileSchema, settingsSchema } from './settings-schema';

export const THEME_CHOICES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export type ClinicProfile = z.infer<typeof clinicProfileSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  theme: 'system',
  units: 'km',
  paperSize: 'A4',
  clinicianName: '',
  clinic: { name: '', address: '', phone: '', email: '', logoDataUrl: null },
  handoutDefaults: { largePrint: false, reviewAfterWeeks: 4 },
};

/**
 * Settings of a newer format are left as they are (see NewerFormatError), not read as damaged and replaced.
 * Here, not beside the schema, so the web build can check before it loads zod.
 */
export const refuseNewerSettings = (raw: unknown): unknown => refuseNewerFormat(raw, 'settings file', 1);
