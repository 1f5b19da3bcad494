import type { FigureScene } from '../../../core/figures';
import type { PdfStyle } from '../../../core/handout/document/pdfmake-types';

/** What every node of the preview needs from the document as a whole. */
export interface PreviewContext {
  styles: Readonly<Record<string, PdfStyle>>;
  /** The definition's named images (data: URLs). */
  images: Readonly<Record<string, string>>;
  /** The figure scene behind an SVG node, to draw it as inline SVG. */
  sceneOf: (svg: string) => FigureScene | undefined;
}
