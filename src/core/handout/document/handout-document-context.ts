import type { KbLookup } from '../../kb/kb-lookup';
import type { HandoutSide } from '../handout';

/** The clinic as the handout prints it (the Settings' ClinicProfile has this shape). */
export interface HandoutClinic {
  name: string;
  address: string;
  phone: string;
  email: string;
  /** A PNG or JPEG data: URL, or null. Never a path or a remote URL. */
  logoDataUrl: string | null;
}

/** An exercise's illustration: start and end positions, each a complete SVG document. */
export interface ExerciseFigure {
  start: string;
  end: string;
}

export type FigureFor = (exerciseId: string, side: HandoutSide) => ExerciseFigure | undefined;

export interface HandoutDocumentContext {
  lookup: KbLookup;
  clinic: HandoutClinic;
  /** Printed when the handout itself names no clinician. */
  clinicianName?: string;
  /** Illustrations; when absent or undefined for an exercise, a placeholder frame is drawn. */
  figureFor?: FigureFor;
  /** The PDF's "creator", e.g. "Stride Atlas 0.1.0". */
  creator?: string;
}
