import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';

/** Where exported PDFs and their page images go. */
export const PDF_DIR = join(process.cwd(), 'test-results', 'handout-pdfs');

/** The handout builder (the editor tab opened with `{ kind: 'handout' }`). */
export class HandoutBuilderPart {
  readonly root: Locator;
  readonly toolbar: Locator;
  readonly saveState: Locator;
  readonly patientName: Locator;
  readonly conditions: Locator;
  readonly programme: Locator;
  readonly topics: Locator;
  readonly preview: Locator;
  readonly previewPages: Locator;
  readonly adherenceWarning: Locator;
  /** "PDF saved: <where>" once an export is done. */
  readonly pdfSaved: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Handout builder' });
    this.toolbar = this.root.getByRole('toolbar', { name: 'Handout actions' });
    this.saveState = this.root.locator('.save-state');
    this.patientName = this.root.getByLabel('Patient name or initials (optional)');
    this.conditions = this.root.getByRole('list', { name: 'Conditions' });
    this.programme = this.root.getByRole('list', { name: 'Exercise programme' });
    this.topics = this.root.getByRole('list', { name: 'Advice topics' });
    this.preview = this.root.getByRole('region', { name: 'Preview' });
    this.previewPages = this.preview.getByRole('article');
    this.adherenceWarning = this.root.getByText(/exercises a day/);
    this.pdfSaved = this.root.getByText(/^PDF saved:/);
  }

  button(name: 'Undo' | 'Redo' | 'New' | 'Save' | 'Save as template…' | 'Print' | 'Export PDF'): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The dosage fields of one exercise of the programme. */
  exercise(name: string): Locator {
    return this.programme.getByRole('group', { name: `${name} dosage` });
  }

  dosageField(
    exercise: string,
    label:
      | 'Sets'
      | 'Reps'
      | 'Hold (seconds)'
      | 'Minutes'
      | 'Times a day'
      | 'Days a week'
      | 'Load or band'
      | 'Side'
      | 'Tempo'
      | 'Notes for the patient',
  ): Locator {
    return this.exercise(exercise).getByLabel(label, { exact: true });
  }

  /** The grip of a programme row: focus it and press Alt+ArrowUp/Down to move the exercise. */
  grip(exercise: string): Locator {
    return this.programme.getByRole('button', { name: new RegExp(`^${escape(exercise)}, position \\d+ of \\d+`) });
  }

  async exerciseNames(): Promise<string[]> {
    const labels = await this.programme
      .getByRole('group')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/ dosage$/, ''));
  }

  async add(kind: 'condition' | 'exercise' | 'advice', name: string): Promise<void> {
    const label = kind === 'condition' ? 'Add a condition' : kind === 'exercise' ? 'Add an exercise' : 'Add advice';
    await this.root.getByLabel(label, { exact: true }).selectOption({ label: name });
  }

  async saveAsTemplate(name: string): Promise<void> {
    await this.button('Save as template…').click();
    const form = this.root.getByRole('form', { name: 'Save as template' });
    await form.getByLabel('Template name').fill(name);
    await form.getByRole('button', { name: 'Save template' }).click();
  }

  /** Clicks Export PDF and saves the download (the web build's way of saving a PDF) in PDF_DIR. */
  async exportPdf(): Promise<{ download: Download; path: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.button('Export PDF').click();
    const download = await downloading;
    mkdirSync(PDF_DIR, { recursive: true });
    const path = join(PDF_DIR, download.suggestedFilename());
    await download.saveAs(path);
    return { download, path };
  }
}

/** The Handout view in the side bar. */
export class HandoutSideViewPart {
  readonly root: Locator;
  readonly current: Locator;
  readonly saved: Locator;
  readonly templates: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('complementary', { name: 'Handout' });
    this.current = this.root.getByRole('region', { name: 'Current handout' });
    this.saved = this.root.getByRole('list', { name: 'Saved handouts' });
    this.templates = this.root.getByRole('list', { name: 'Templates' });
  }

  template(name: string): Locator {
    return this.templates.getByRole('group', { name: `Template ${name}` });
  }

  savedHandout(description: RegExp): Locator {
    return this.saved.getByRole('group', { name: description });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
export function pdfText(path: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '');
}

/** Draws each PDF page as a PNG at 60 dpi into `dir` (e.g. test-results/screenshots); returns the files. */
export function pdfPageImages(path: string, dir: string, prefix: string): string[] {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(dir, prefix)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}
