/**
 * The icon files each platform's installer needs, packed from PNG renderings of
 * resources/icons/icon.svg. Windows reads an ICO, macOS an ICNS, Linux a folder of PNGs named by
 * size. Both containers hold PNG data as is (ICO since Windows Vista, ICNS since macOS 10.7).
 */

/** Linux: one PNG per size in resources/icons/png/<n>x<n>.png (electron-builder's `linux.icon`). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows: the sizes the shell asks for, from the task bar's 16 to the large tiles' 256. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** macOS: each ICNS type code and the pixel size of its PNG (the @2x types double a point size). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
] as const;

/** Every size to render. */
export const ALL_SIZES = [...new Set<number>([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort(
  (a, b) => a - b,
);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws for anything that is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function squareSize(png: Uint8Array): number {
  const { width, height } = pngSize(png);
  if (width !== height) throw new Error(`icon images must be square, got ${width}×${height}`);
  return width;
}

/** An ICO file holding the PNGs as they are: a 6-byte header, a 16-byte entry per image, the images. */
export function packIco(pngs: readonly Uint8Array[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const size = squareSize(png);
    if (size > 256) throw new Error(`an ICO image is at most 256 pixels, got ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** The sizes an ICO file declares, in order (0 in the directory stands for 256). */
export function readIcoSizes(ico: Uint8Array): number[] {
  const bytes = Buffer.from(ico);
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const png = bytes.subarray(
      bytes.readUInt32LE(entry + 12),
      bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8),
    );
    const declared = bytes.readUInt8(entry) || 256;
    if (squareSize(png) !== declared) throw new Error(`ICO entry ${i} says ${declared} pixels, its PNG is not`);
    return declared;
  });
}

/** An ICNS file: 'icns' and the total length, then per image its type code, length (with the 8-byte head) and PNG. */
export function packIcns(images: readonly (readonly [type: string, png: Uint8Array])[]): Buffer {
  const chunks = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** Each image of an ICNS file as [type code, PNG pixel size]. */
export function readIcnsTypes(icns: Uint8Array): [string, number][] {
  const bytes = Buffer.from(icns);
  if (bytes.toString('latin1', 0, 4) !== 'icns' || bytes.readUInt32BE(4) !== bytes.length)
    throw new Error('not an ICNS file');
  const found: [string, number][] = [];
  for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4)) {
    found.push([
      bytes.toString('latin1', at, at + 4),
      squareSize(bytes.subarray(at + 8, at + bytes.readUInt32BE(at + 4))),
    ]);
  }
  return found;
}
