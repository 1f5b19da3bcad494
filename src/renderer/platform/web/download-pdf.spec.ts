import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPdf, REVOKE_AFTER_MS } from './download-pdf';

const bytes = new TextEncoder().encode('%PDF-1.7\n% Zoë Ørsted\n%%EOF\n');

// jsdom has no object URLs; these record what the download was given.
let blobs: Blob[];
let revoked: string[];
beforeEach(() => {
  blobs = [];
  revoked = [];
  vi.useFakeTimers();
  URL.createObjectURL = (blob: Blob) => `blob:stride-atlas/${blobs.push(blob)}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadPdf (web build)', () => {
  it('downloads the bytes as a PDF under a safe name, then removes its link and frees the URL', async () => {
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });

    const result = await downloadPdf(bytes, '../Handout: Zoë');

    expect(result).toEqual({ status: 'saved', location: "your browser's downloads" });
    expect(clicked).toEqual([{ href: 'blob:stride-atlas/1', download: '-Handout- Zoë.pdf', inPage: true }]);
    expect(blobs[0]!.type).toBe('application/pdf');
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([...bytes]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(['blob:stride-atlas/1']);
  });

  it('refuses bytes that are not a PDF, starting no download', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await expect(downloadPdf(new TextEncoder().encode('<html>'), 'x.pdf')).rejects.toThrow(/not a PDF/);
    expect(click).not.toHaveBeenCalled();
    expect(blobs).toEqual([]);
  });
});
