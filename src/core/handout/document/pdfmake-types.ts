/**
 * The subset of pdfmake 0.3's document-definition types that the handout uses. pdfmake ships no
 * TypeScript types and core may not import packages other than zod/yaml/flexsearch, so the shapes
 * are declared here. They follow pdfmake's documented names so a definition built in core can be
 * handed to pdfmake unchanged (after `toPdfmakeInput`, which adds the one dynamic part).
 */

export type PdfMargins = number | [number, number] | [number, number, number, number];
export type PdfAlignment = 'left' | 'right' | 'center' | 'justify';
/** A column or table width: points, '*' (share the rest), 'auto' (fit content) or 'N%'. */
export type PdfWidth = number | '*' | 'auto' | `${number}%`;

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  lineHeight?: number;
  alignment?: PdfAlignment;
  characterSpacing?: number;
  margin?: PdfMargins;
  fillColor?: string;
  markerColor?: string;
  noWrap?: boolean;
}

interface PdfNodeBase extends PdfStyle {
  style?: string | string[];
  /** Keeps the node on one page: moved whole to the next page rather than split. */
  unbreakable?: boolean;
  pageBreak?: 'before' | 'after';
  /** Width of the node when it is a column of a `columns` node. */
  width?: PdfWidth;
  /** Table cells only. */
  colSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
}

export interface PdfText extends PdfNodeBase {
  text: string | (string | PdfText)[];
}

export interface PdfStack extends PdfNodeBase {
  stack: PdfContent[];
}

export interface PdfColumns extends PdfNodeBase {
  columns: PdfContent[];
  columnGap?: number;
}

export interface PdfTableBody {
  widths?: PdfWidth[];
  /** Minimum row heights in points. */
  heights?: number[];
  headerRows?: number;
  keepWithHeaderRows?: number;
  dontBreakRows?: boolean;
  body: PdfContent[][];
}

export interface PdfTable extends PdfNodeBase {
  table: PdfTableBody;
  /** The name of a built-in pdfmake layout or one of HANDOUT_TABLE_LAYOUTS. */
  layout?: string;
}

export interface PdfOrderedList extends PdfNodeBase {
  ol: PdfContent[];
  separator?: string | [string, string];
}

export interface PdfUnorderedList extends PdfNodeBase {
  ul: PdfContent[];
  type?: 'disc' | 'square' | 'circle' | 'none';
}

export interface PdfImage extends PdfNodeBase {
  /** A key of the definition's `images` dictionary, or a data: URL. */
  image: string;
  fit?: [number, number];
}

export interface PdfSvg extends PdfNodeBase {
  /** An SVG document as a string (root element <svg> with width/height or viewBox). */
  svg: string;
  fit?: [number, number];
}

export interface PdfDash {
  length: number;
  space?: number;
}

interface PdfCanvasStroke {
  lineWidth?: number;
  lineColor?: string;
  color?: string;
  dash?: PdfDash;
}

export type PdfCanvasElement =
  | ({ type: 'rect'; x: number; y: number; w: number; h: number; r?: number } & PdfCanvasStroke)
  | ({
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineCap?: 'butt' | 'round' | 'square';
    } & PdfCanvasStroke)
  | ({ type: 'ellipse'; x: number; y: number; r1: number; r2?: number } & PdfCanvasStroke)
  | ({
      type: 'polyline';
      points: { x: number; y: number }[];
      closePath?: boolean;
      lineCap?: 'butt' | 'round' | 'square';
      lineJoin?: 'miter' | 'round' | 'bevel';
      fillOpacity?: number;
    } & PdfCanvasStroke);

export interface PdfCanvas extends PdfNodeBase {
  canvas: PdfCanvasElement[];
}

export type PdfContent =
  | string
  | PdfText
  | PdfStack
  | PdfColumns
  | PdfTable
  | PdfOrderedList
  | PdfUnorderedList
  | PdfImage
  | PdfSvg
  | PdfCanvas
  | PdfContent[];

export interface PdfPageSize {
  width: number;
  height: number;
}

/** Content computed per page; pdfmake calls it while laying out headers and footers. */
export type PdfDynamicContent = (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent;

export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
}

/** pdfmake's `TDocumentDefinitions`, reduced to what the handout uses. */
export interface TDocumentDefinitions {
  content: PdfContent;
  pageSize?: 'A4' | 'LETTER' | PdfPageSize;
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: PdfMargins;
  defaultStyle?: PdfStyle;
  styles?: Record<string, PdfStyle>;
  /** Named images (data: URLs only: nothing is ever fetched). */
  images?: Record<string, string>;
  info?: PdfInfo;
  language?: string;
  compress?: boolean;
  footer?: PdfContent | PdfDynamicContent;
  header?: PdfContent | PdfDynamicContent;
}

/** A table layout: pdfmake calls these per line and cell; functions, so never sent as data. */
export interface PdfTableLayout {
  hLineWidth?: (i: number, node: { table: { body: unknown[][] } }) => number;
  vLineWidth?: (i: number, node: { table: { body: unknown[][]; widths?: unknown[] } }) => number;
  hLineColor?: (i: number, node: { table: { body: unknown[][] } }) => string;
  vLineColor?: (i: number, node: { table: { body: unknown[][] } }) => string;
  paddingLeft?: (i: number, node: unknown) => number;
  paddingRight?: (i: number, node: unknown) => number;
  paddingTop?: (i: number, node: unknown) => number;
  paddingBottom?: (i: number, node: unknown) => number;
  fillColor?: (rowIndex: number, node: unknown, columnIndex: number) => string | null;
}

/** Font files of one family, by face, as pdfmake's `fonts` dictionary wants them. */
export interface PdfFontFaces {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** The pdfmake instance's API that our renderers use (Node `pdfmake`, browser build alike). */
export interface PdfmakeApi {
  virtualfs: {
    writeFileSync(name: string, content: Uint8Array): void;
    existsSync(name: string): boolean;
  };
  setFonts(fonts: Record<string, PdfFontFaces>): void;
  setTableLayouts(layouts: Record<string, PdfTableLayout>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setProgressCallback(callback: ((progress: number) => void) | undefined): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}
