/**
 * A logo with a valid header but damaged or cut-off image data is refused before it is
 * stored (it used to print as a black box on every letter); intact PNG and JPEG pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JpegImage } from 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';
import { checkLogo } from '../../electron/main/letters/image-check.ts';
import { translator } from '../../shared/i18n/index.ts';
import { RESOURCES_DIR } from './fixtures.ts';

const png = readFileSync(path.join(RESOURCES_DIR, 'icons', 'icon.png'));
const jpeg = readFileSync(new URL('./fixtures/logo.jpg', import.meta.url));
const progressive = readFileSync(new URL('./fixtures/progressive.jpg', import.meta.url));
const restartInterval = readFileSync(new URL('./fixtures/restart-interval.jpg', import.meta.url));

/** Whether pdf.js's decoder (the earlier, only check) takes the bytes. */
function pdfjsDecodes(b: Buffer): boolean {
  try {
    const image = new JpegImage();
    image.parse(new Uint8Array(b));
    image.getData({ width: image.width, height: image.height, forceRGB: true, isSourcePDF: false });
    return true;
  } catch {
    return false;
  }
}

/** `n` pseudo-random bytes (never 0xFF, so no marker is made) written at `at`. */
function overwrite(b: Buffer, at: number, n: number, seed: number): Buffer {
  const out = Buffer.from(b);
  let s = seed;
  for (let i = at; i < at + n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = (s >> 8) % 255;
  }
  return out;
}

function garble(b: Buffer, from: number, to: number): Buffer {
  const out = Buffer.from(b);
  for (let i = from; i < to; i++) out[i] = (i * 37) & 0xff;
  return out;
}

describe('logo decoding', () => {
  it('accepts intact PNG and JPEG: baseline, progressive and with restart markers', () => {
    expect(checkLogo(png).ok).toBe(true);
    expect(checkLogo(jpeg).ok).toBe(true);
    expect(checkLogo(progressive)).toMatchObject({ ok: true, info: { width: 493, height: 58 } });
    expect(checkLogo(restartInterval)).toMatchObject({ ok: true, info: { width: 161, height: 161 } });
  });

  it.each([
    ['baseline', jpeg],
    ['progressive', progressive],
    ['restart-interval', restartInterval],
  ])('refuses a %s JPEG damaged mid-stream that pdf.js still decodes', (_kind, intact) => {
    // Damage in the last few blocks, or in a progressive file's late refinement scans
    // (bare correction bits), can leave every structural rule intact: JPEG carries no
    // checksum, so no decoder sees it. The damage here lies in the first two thirds of a
    // sequential file's data, in the first scans of the progressive one.
    const sos = Buffer.from([0xff, 0xda]);
    const scan = intact.indexOf(sos);
    const third = intact.indexOf(sos, intact.indexOf(sos, scan + 2) + 2);
    const end = third > 0 ? third - 130 : scan + ((intact.length - scan) * 2) / 3;
    let tried = 0;
    for (let k = 0; k < 24; k++) {
      const at = scan + 40 + Math.floor((end - scan - 40) * (k / 24));
      const damaged = overwrite(intact, at, 64, k + 1);
      if (!pdfjsDecodes(damaged)) continue;
      tried++;
      expect(checkLogo(damaged), `64 bytes at ${at}`).toEqual({ ok: false, problem: 'letters.logoCorrupt' });
    }
    // The damage is the kind pdf.js lets through, several times per file.
    expect(tried).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['PNG cut off', png.subarray(0, Math.floor(png.length * 0.7))],
    ['PNG with damaged pixel data', garble(png, Math.floor(png.length * 0.4), Math.floor(png.length * 0.5))],
    ['JPEG cut off', jpeg.subarray(0, Math.floor(jpeg.length * 0.6))],
    ['JPEG with damaged scan data', garble(jpeg, Math.floor(jpeg.length * 0.4), Math.floor(jpeg.length * 0.6))],
  ])('refuses a %s, in Indonesian', (_name, bytes) => {
    const r = checkLogo(bytes);
    expect(r).toEqual({ ok: false, problem: 'letters.logoCorrupt' });
    if (!r.ok) expect(translator('id')(r.problem)).toBe('Berkas logo rusak atau bukan gambar yang dapat dibaca.');
  });
});
