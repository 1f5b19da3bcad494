import { z } from 'zod';

export const THEME_CHOICES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const shortText = (max: number) => z.string().max(max);

// The schemas are built on first use (z.lazy): building every zod schema in the renderer costs
// tens of milliseconds before the first paint, and these wait until settings are loaded or saved.

export const clinicProfileSchema = z.lazy(() =>
  z.object({
    name: shortText(200),
    address: shortText(500),
    phone: shortText(100),
    email: shortText(200),
    /** A PNG or JPEG as a data: URL; kept small so it can travel over IPC and into the PDF. */
    logoDataUrl: z
      .string()
      .max(1_500_000)
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'logo must be a PNG or JPEG data URL')
      .nullable(),
  }),
);
export type ClinicProfile = z.infer<typeof clinicProfileSchema>;

export const settingsSchema = z.lazy(() =>
  z.object({
    schemaVersion: z.literal(1),
    theme: z.enum(THEME_CHOICES),
    units: z.enum(['km', 'miles']),
    paperSize: z.enum(['A4', 'Letter']),
    clinicianName: shortText(200),
    clinic: clinicProfileSchema,
    handoutDefaults: z.object({
      largePrint: z.boolean(),
      reviewAfterWeeks: z.number().int().min(1).max(52),
    }),
  }),
);
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
