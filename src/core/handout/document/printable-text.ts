import { singleLine, withoutControlCharacters } from '../../text/control-characters';
import type { DistanceUnits } from '../distance-units';
import { convertDistances } from '../distance-units';

/**
 * Text as the PDF prints it: NFC (so "e" + combining diaeresis is the single glyph "ë" the font
 * has), Windows line ends made plain, tabs made spaces (the font has no tab glyph), and control
 * characters removed (a direction override would print a name backwards).
 */
export function printable(text: string): string {
  return withoutControlCharacters(text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    '));
}

/** A name or a clinic as the PDF prints it: printable, on one line whatever was typed or pasted. */
export function printableLine(text: string): string {
  return singleLine(text.normalize('NFC')).trim();
}

/** A knowledge-base text for this handout: printable, with distances in the handout's units. */
export function kbText(text: string, units: DistanceUnits): string {
  return printable(convertDistances(text, units));
}
