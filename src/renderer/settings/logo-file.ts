/**
 * Reading the clinic's logo from a file the physio picks. The type is decided by the file's first
 * bytes, not its name or the browser's guess, so a renamed document is refused; the size is
 * capped so the logo stays cheap to save, send over IPC and embed in every handout PDF.
 */

export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoImageType = 'image/png' | 'image/jpeg';

const SIGNATURES: readonly { type: LogoImageType; bytes: readonly number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function detectLogoType(bytes: Uint8Array): LogoImageType | undefined {
  return SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.type;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices, because spreading a whole megabyte into one call overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type LogoReadResult =
  { ok: true; dataUrl: string } | { ok: false; problem: 'too-large' | 'not-an-image' | 'unreadable' };

export async function readLogoFile(file: Blob): Promise<LogoReadResult> {
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: 'too-large' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const type = detectLogoType(bytes);
  if (!type) return { ok: false, problem: 'not-an-image' };
  return { ok: true, dataUrl: `data:${type};base64,${toBase64(bytes)}` };
}

/** What to tell the physio, in plain words; the current logo is always kept. */
export function logoProblemMessage(
  problem: Exclude<LogoReadResult, { ok: true }>['problem'],
  file: { name: string; size: number },
): string {
  const kept = 'The logo was not changed.';
  switch (problem) {
    case 'too-large':
      return `“${file.name}” is ${(Math.ceil((file.size / MAX_LOGO_BYTES) * 10) / 10).toFixed(1)} MB. A logo can be up to 1 MB; try a smaller picture. ${kept}`;
    case 'not-an-image':
      return `“${file.name}” is not a PNG or JPEG picture. ${kept}`;
    case 'unreadable':
      return `“${file.name}” could not be read. ${kept}`;
  }
}
