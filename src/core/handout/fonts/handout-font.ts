/**
 * The one font family the handout PDF uses. The files ship with the app (resources/fonts for Node,
 * pdfmake's identical copies bundled as assets in the renderer) and are put in pdfmake's virtual
 * file system under these names, so no renderer ever resolves a path or a URL for a font.
 */
import type { PdfFontFaces } from '../document/pdfmake-types';

export const HANDOUT_FONT_FAMILY = 'Roboto';

export const HANDOUT_FONT_FILES: Readonly<PdfFontFaces> = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

/** pdfmake's `fonts` dictionary for the handout. */
export function handoutFontDictionary(): Record<string, PdfFontFaces> {
  return { [HANDOUT_FONT_FAMILY]: { ...HANDOUT_FONT_FILES } };
}
