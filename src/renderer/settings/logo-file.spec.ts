import { describe, expect, it } from 'vitest';
import { detectLogoType, logoProblemMessage, MAX_LOGO_BYTES, readLogoFile } from './logo-file';
import { JPEG_START, TINY_PNG } from './test-support/images';

describe('detectLogoType', () => {
  it('recognises PNG and JPEG by their first bytes, and nothing else', () => {
    expect(detectLogoType(TINY_PNG)).toBe('image/png');
    expect(detectLogoType(JPEG_START)).toBe('image/jpeg');
    expect(detectLogoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(detectLogoType(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeUndefined(); // GIF
    expect(detectLogoType(TINY_PNG.subarray(0, 4))).toBeUndefined();
    expect(detectLogoType(new Uint8Array())).toBeUndefined();
  });
});

describe('readLogoFile', () => {
  it('reads a PNG as a data URL of exactly its bytes', async () => {
    const result = await readLogoFile(new File([TINY_PNG], 'logo.png'));
    expect(result).toEqual({ ok: true, dataUrl: `data:image/png;base64,${btoa(String.fromCharCode(...TINY_PNG))}` });
  });

  it('goes by the content, not the name or the declared type', async () => {
    const jpegNamedPng = await readLogoFile(new File([JPEG_START], 'logo.png', { type: 'image/png' }));
    expect(jpegNamedPng.ok && jpegNamedPng.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(await readLogoFile(new File(['hello'], 'notes.png', { type: 'image/png' }))).toEqual({
      ok: false,
      problem: 'not-an-image',
    });
  });

  it('refuses files over 1 MB and accepts one of exactly 1 MB', async () => {
    const exactly = new Uint8Array(MAX_LOGO_BYTES);
    exactly.set(TINY_PNG);
    expect((await readLogoFile(new File([exactly], 'big.png'))).ok).toBe(true);
    expect(await readLogoFile(new File([exactly, new Uint8Array(1)], 'huge.png'))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('explains each problem in plain words and says the logo is unchanged', () => {
    expect(logoProblemMessage('too-large', { name: 'photo.jpg', size: 2.5 * MAX_LOGO_BYTES })).toMatch(
      /“photo\.jpg” is 2\.5 MB\. A logo can be up to 1 MB.*not changed/,
    );
    expect(logoProblemMessage('too-large', { name: 'a.png', size: MAX_LOGO_BYTES + 1 })).toContain('1.1 MB');
    expect(logoProblemMessage('not-an-image', { name: 'cv.pdf', size: 10 })).toMatch(/not a PNG or JPEG.*not changed/);
  });
});
