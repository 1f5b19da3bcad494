/**
 * Loads pdfmake's browser build and the handout fonts inside the PDF worker, once, on the first
 * PDF. The fonts are this app's own assets (Vite `?url`, fetched from 'self'); pdfmake's URL
 * access policy refuses every URL, so a definition can never make it reach the network.
 * The TTFs are resources/fonts, the files the Node renderer reads too, so the coverage table
 * generated from them holds here as well.
 */
import { HANDOUT_TABLE_LAYOUTS } from '../../core/handout/document/table-layouts';
import type { PdfmakeApi } from '../../core/handout/document/pdfmake-types';
import { HANDOUT_FONT_FILES, handoutFontDictionary } from '../../core/handout/fonts/handout-font';
import italicsUrl from '$print-fonts/Roboto-Italic.ttf?url';
import boldUrl from '$print-fonts/Roboto-Medium.ttf?url';
import boldItalicsUrl from '$print-fonts/Roboto-MediumItalic.ttf?url';
import normalUrl from '$print-fonts/Roboto-Regular.ttf?url';

const FONT_URLS: [string, string][] = [
  [HANDOUT_FONT_FILES.normal, normalUrl],
  [HANDOUT_FONT_FILES.bold, boldUrl],
  [HANDOUT_FONT_FILES.italics, italicsUrl],
  [HANDOUT_FONT_FILES.bolditalics, boldItalicsUrl],
];

async function fetchFont([name, url]: [string, string]): Promise<[string, Uint8Array]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font ${name} could not be loaded (${response.status}).`);
  return [name, new Uint8Array(await response.arrayBuffer())];
}

let loading: Promise<PdfmakeApi> | undefined;

async function load(): Promise<PdfmakeApi> {
  const [module, fonts] = await Promise.all([
    import('pdfmake/build/pdfmake.js') as Promise<{ default?: PdfmakeApi }>,
    Promise.all(FONT_URLS.map(fetchFont)),
  ]);
  // The browser build is a UMD bundle: its API is the default export or the module itself.
  const pdfmake = module.default ?? (module as PdfmakeApi);
  pdfmake.setUrlAccessPolicy(() => false);
  for (const [name, bytes] of fonts) pdfmake.virtualfs.writeFileSync(name, bytes);
  pdfmake.setFonts(handoutFontDictionary());
  pdfmake.setTableLayouts({ ...HANDOUT_TABLE_LAYOUTS });
  return pdfmake;
}

export function loadBrowserPdfmake(): Promise<PdfmakeApi> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
