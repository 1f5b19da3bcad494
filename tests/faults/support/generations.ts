import { createHash } from 'node:crypto';

/** The handouts the kill test's child rewrites; three, so a kill often lands between two of them. */
export const HANDOUT_IDS = [
  '0d8f7a62-3f0b-4d5c-9e1a-2b3c4d5e6f70',
  '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  'f47ac10b-58cc-4372-a567-0e02b2c3d479',
] as const;

/** A settings-shaped file of one generation, padded so a write takes long enough to be cut. */
export function settingsOfGeneration(generation: number): { generation: number; padding: string } {
  return { generation, padding: 'x'.repeat(64 * 1024) };
}

/** A 256 KB stand-in for a PDF whose last line is the SHA-256 of the rest: a cut file fails it. */
export function generationPdf(generation: number): Uint8Array {
  const body = `%PDF-1.7 generation ${generation}\n${'0123456789abcdef'.repeat(16 * 1024)}\n`;
  return new TextEncoder().encode(`${body}%${createHash('sha256').update(body).digest('hex')}\n`);
}

/** The generation of a whole stand-in PDF, or undefined for a half-written one. */
export function wholePdfGeneration(bytes: Buffer): number | undefined {
  const text = bytes.toString('utf8');
  const match = /^(%PDF-1\.7 generation (\d+)\n[\s\S]*\n)%([0-9a-f]{64})\n$/.exec(text);
  if (!match) return undefined;
  return createHash('sha256').update(match[1]!).digest('hex') === match[3] ? Number(match[2]) : undefined;
}
