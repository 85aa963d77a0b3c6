/**
 * A logo with a valid header but damaged or cut-off image data is refused before it is
 * stored (it used to print as a black box on every letter); intact PNG and JPEG pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogo } from '../../electron/main/letters/image-check.ts';
import { translator } from '../../shared/i18n/index.ts';
import { RESOURCES_DIR } from './fixtures.ts';

const png = readFileSync(path.join(RESOURCES_DIR, 'icons', 'icon.png'));
const jpeg = readFileSync(new URL('./fixtures/logo.jpg', import.meta.url));

function garble(b: Buffer, from: number, to: number): Buffer {
  const out = Buffer.from(b);
  for (let i = from; i < to; i++) out[i] = (i * 37) & 0xff;
  return out;
}

describe('logo decoding', () => {
  it('accepts intact PNG and JPEG', () => {
    expect(checkLogo(png).ok).toBe(true);
    expect(checkLogo(jpeg).ok).toBe(true);
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
