import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/node/pdf/render-pdf';

/** pdfmake may neither fetch a URL nor read a local file while rendering: both policies refuse. */
describe('PDF rendering touches no network and no disk', () => {
  it('refuses an image given as a URL', async () => {
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/logo.png' }] })).rejects.toThrow(/denied/i);
    await expect(renderPdf({ content: ['x'], images: { logo: 'https://example.com/logo.png' } })).rejects.toThrow(
      /denied/i,
    );
  });

  it('refuses an image given as a local path', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/i);
  });

  it('renders data: URL images and the shipped fonts', async () => {
    const pixel =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const bytes = await renderPdf({
      content: [
        { image: pixel, width: 10 },
        { text: 'Zoë', bold: true, italics: true },
      ],
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});
