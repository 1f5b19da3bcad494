/**
 * Exporting the handout as a PDF, step by step: first the characters the PDF font cannot draw
 * are reported (with the field they are in) and the clinician decides; then the PDF is made in
 * the worker with progress; then the bytes go to the AppApi (a save dialog or a download).
 */
import type { HandoutDocumentDefinition } from '../../core/handout/document/build-handout-document';
import type { HandoutClinic } from '../../core/handout/document/handout-document-context';
import {
  unsupportedCharactersInHandout,
  type UnsupportedCharactersInField,
} from '../../core/handout/fonts/unsupported-in-handout';
import type { Handout } from '../../core/handout/handout';
import type { AppApi } from '../../shared/app-api';
import type { PdfProgress } from '../pdf/render-pdf-in-worker';
import { pdfFileName } from './pdf-file-name';

export type ExportState =
  | { step: 'idle' }
  | { step: 'confirm'; found: UnsupportedCharactersInField[] }
  | { step: 'rendering'; progress: PdfProgress }
  | { step: 'saving' }
  | { step: 'saved'; location: string; fileName: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

export interface ExportJob {
  handout: Handout;
  clinic: HandoutClinic;
  exerciseName: (id: string) => string;
  /** Built when the export goes ahead, from the handout as it is then. */
  definition: () => HandoutDocumentDefinition;
}

export interface PdfExportDeps {
  render: (definition: HandoutDocumentDefinition, onProgress: (progress: PdfProgress) => void) => Promise<Uint8Array>;
  savePdf: AppApi['savePdf'];
}

export const STAGE_LABELS: Record<PdfProgress['stage'], string> = {
  loading: 'Loading the PDF maker…',
  layout: 'Laying out the pages…',
  rendering: 'Drawing the pages…',
  finishing: 'Finishing…',
};

export class PdfExport {
  state = $state<ExportState>({ step: 'idle' });
  #pending: ExportJob | undefined;
  readonly #deps: PdfExportDeps;

  constructor(deps: PdfExportDeps) {
    this.#deps = deps;
  }

  get busy(): boolean {
    return this.state.step === 'rendering' || this.state.step === 'saving';
  }

  /** Checks the typed text first; stops at 'confirm' when some characters cannot be printed. */
  async start(job: ExportJob): Promise<void> {
    if (this.busy) return;
    const found = unsupportedCharactersInHandout(job.handout, job.clinic, { exerciseName: job.exerciseName });
    if (found.length > 0) {
      this.#pending = job;
      this.state = { step: 'confirm', found };
      return;
    }
    await this.#run(job);
  }

  /** Exports anyway after the report (those characters print as empty boxes). */
  async confirm(): Promise<void> {
    const job = this.#pending;
    this.#pending = undefined;
    if (job) await this.#run(job);
  }

  dismiss(): void {
    if (this.busy) return;
    this.#pending = undefined;
    this.state = { step: 'idle' };
  }

  async #run(job: ExportJob): Promise<void> {
    this.state = { step: 'rendering', progress: { stage: 'loading', fraction: 0 } };
    try {
      const bytes = await this.#deps.render(job.definition(), (progress) => {
        if (this.state.step === 'rendering') this.state = { step: 'rendering', progress };
      });
      this.state = { step: 'saving' };
      const fileName = pdfFileName(job.handout);
      const result = await this.#deps.savePdf(bytes, fileName);
      this.state =
        result.status === 'saved' ? { step: 'saved', location: result.location, fileName } : { step: 'cancelled' };
    } catch (error) {
      this.state = { step: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
