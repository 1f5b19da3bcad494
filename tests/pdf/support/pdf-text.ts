import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fails with what to install when poppler's pdftotext is missing (CI installs it in .ci/run). */
export function requirePdftotext(): void {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      "These tests read PDFs with poppler's pdftotext, which is not installed.\n" +
        'On Debian or Ubuntu: sudo apt-get install -y poppler-utils',
    );
  }
}

/** The text of each page (pdftotext separates pages with form feeds), whitespace collapsed. */
export function pdfPages(bytes: Uint8Array): string[] {
  requirePdftotext();
  const file = join(mkdtempSync(join(tmpdir(), 'stride-pdf-')), 'handout.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Collapses whitespace like pdfPages does, so expected strings compare with extracted ones. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
