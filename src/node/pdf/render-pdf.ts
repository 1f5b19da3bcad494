/**
 * Renders a document definition to PDF bytes in Node (the CLI, tests, the benchmark) with
 * pdfmake 0.3. pdfmake is loaded on first use. It never touches the network or the disk while
 * rendering: the fonts are put into its virtual file system, and both access policies refuse
 * everything, so a stray URL or path in a definition fails loudly instead of being fetched.
 */
import type { HandoutDocumentDefinition } from '../../core/handout/document/build-handout-document';
import type { PdfmakeApi, TDocumentDefinitions } from '../../core/handout/document/pdfmake-types';
import { HANDOUT_TABLE_LAYOUTS } from '../../core/handout/document/table-layouts';
import { toPdfmakeDocument } from '../../core/handout/document/to-pdfmake-document';
import { handoutFontDictionary } from '../../core/handout/fonts/handout-font';
import { readHandoutFontFiles } from './font-files';

/** pdfmake 0.3's Node entry (`js/index.js`): a singleton with the shared API and a local-file policy. */
interface Pdfmake extends PdfmakeApi {
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
}

let loading: Promise<Pdfmake> | undefined;

async function loadPdfmake(): Promise<Pdfmake> {
  const [module, fonts] = await Promise.all([
    import('pdfmake') as Promise<{ default: Pdfmake }>,
    readHandoutFontFiles(),
  ]);
  const pdfmake = module.default;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  for (const [name, bytes] of fonts) pdfmake.virtualfs.writeFileSync(name, bytes);
  pdfmake.setFonts(handoutFontDictionary());
  pdfmake.setTableLayouts({ ...HANDOUT_TABLE_LAYOUTS });
  return pdfmake;
}

/** pdfmake, configured once per process (fonts, layouts, access policies). */
export function nodePdfmake(): Promise<Pdfmake> {
  loading ??= loadPdfmake().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * pdfmake writes its layout state into the nodes it is given, so it gets a copy and the caller's
 * definition stays reusable. Header and footer functions (plain pdfmake definitions) are kept.
 */
function copyForPdfmake(definition: HandoutDocumentDefinition | TDocumentDefinitions): TDocumentDefinitions {
  const { footer, header, ...data } = definition as TDocumentDefinitions;
  return toPdfmakeDocument({ ...structuredClone(data), ...(footer ? { footer } : {}), ...(header ? { header } : {}) });
}

/** PDF bytes for a definition (a handout's, or any pdfmake definition that uses named layouts). */
export async function renderPdf(definition: HandoutDocumentDefinition | TDocumentDefinitions): Promise<Uint8Array> {
  const pdfmake = await nodePdfmake();
  const buffer = await pdfmake.createPdf(copyForPdfmake(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Pages in a PDF we rendered (pdfkit writes one uncompressed "/Type /Page" per page). */
export function countPdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}
