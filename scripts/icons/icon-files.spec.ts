import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';
import {
  ICNS_TYPES,
  ICO_SIZES,
  LINUX_SIZES,
  packIcns,
  packIco,
  pngSize,
  readIcnsTypes,
  readIcoSizes,
} from './icon-files';

const ICONS = join(REPOSITORY_ROOT, 'resources', 'icons');

/** The smallest valid-looking PNG head: signature, then an IHDR chunk with the size. */
function fakePng(size: number): Buffer {
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
  png.writeUInt32BE(13, 8);
  png.write('IHDR', 12, 'latin1');
  png.writeUInt32BE(size, 16);
  png.writeUInt32BE(size, 20);
  return png;
}

describe('icon containers', () => {
  it('pack PNGs into an ICO and an ICNS that read back with their sizes', () => {
    expect(readIcoSizes(packIco([fakePng(16), fakePng(48), fakePng(256)]))).toEqual([16, 48, 256]);
    expect(
      readIcnsTypes(
        packIcns([
          ['icp4', fakePng(16)],
          ['ic10', fakePng(1024)],
        ]),
      ),
    ).toEqual([
      ['icp4', 16],
      ['ic10', 1024],
    ]);
  });

  it('refuse images an ICO cannot hold or that are not square PNGs', () => {
    expect(() => packIco([fakePng(512)])).toThrow('at most 256 pixels');
    expect(() => pngSize(Buffer.from('GIF89a, not a PNG at all'))).toThrow('not a PNG file');
    const tall = fakePng(32);
    tall.writeUInt32BE(64, 20);
    expect(() => packIco([tall])).toThrow('must be square');
  });
});

describe('the committed app icons (npm run icons)', () => {
  it('hold every size Linux, Windows and macOS ask for', () => {
    for (const size of LINUX_SIZES)
      expect(pngSize(readFileSync(join(ICONS, 'png', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    expect(readIcoSizes(readFileSync(join(ICONS, 'icon.ico')))).toEqual([...ICO_SIZES]);
    expect(readIcnsTypes(readFileSync(join(ICONS, 'icon.icns')))).toEqual(
      ICNS_TYPES.map(([type, size]) => [type, size]),
    );
  });
});
