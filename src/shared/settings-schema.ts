/**
 * Validation of saved settings, kept apart from the types and defaults in ./settings so that the
 * first window paints without zod: the renderer loads this module when it first reads or writes
 * settings.
 */
import { z } from 'zod';
import { CLINIC_NAME_MAX_LENGTH } from '../core/handout/handout-limits';
import { THEME_CHOICES } from './settings';

const shortText = (max: number) => z.string().max(max);

// Built on first use (z.lazy), when settings are first loaded or saved, not when this module loads.

export const clinicProfileSchema = z.lazy(() =>
  z.object({
    name: shortText(CLINIC_NAME_MAX_LENGTH),
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
