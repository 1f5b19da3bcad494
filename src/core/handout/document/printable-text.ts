import type { DistanceUnits } from '../distance-units';
import { convertDistances } from '../distance-units';

/**
 * Text as the PDF prints it: NFC (so "e" + combining diaeresis is the single glyph "ë" the font
 * has), Windows line ends made plain, tabs made spaces (the font has no tab glyph).
 */
export function printable(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
}

/** A knowledge-base text for this handout: printable, with distances in the handout's units. */
export function kbText(text: string, units: DistanceUnits): string {
  return printable(convertDistances(text, units));
}
