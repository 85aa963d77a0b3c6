/**
 * Checks an uploaded logo before anything is stored: the bytes must really be PNG or
 * JPEG (magic bytes, not the file name), within size, with sane pixel dimensions read
 * from the image header. Anything else (SVG, GIF, a renamed executable) is refused.
 */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MIN_PX = 32;
export const LOGO_MAX_PX = 4000;

export type ImageInfo = { mime: 'image/png' | 'image/jpeg'; ext: 'png' | 'jpg'; width: number; height: number };
export type ImageProblem = 'letters.logoEmpty' | 'letters.logoTooLarge' | 'letters.logoFormat' | 'letters.logoCorrupt' | 'letters.logoDimensions';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngInfo(b: Buffer): ImageInfo | null {
  // IHDR must be the first chunk: length 13, type 'IHDR', then width and height.
  if (b.length < 33 || b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { mime: 'image/png', ext: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegInfo(b: Buffer): ImageInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { mime: 'image/jpeg', ext: 'jpg', width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    }
    i += 2 + len;
  }
  return null;
}

/** The image's format and size, or the i18n key of what is wrong with it. */
export function checkLogo(bytes: Buffer): { ok: true; info: ImageInfo } | { ok: false; problem: ImageProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'letters.logoEmpty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'letters.logoTooLarge' };
  const isPng = PNG_MAGIC.every((v, i) => bytes[i] === v);
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return { ok: false, problem: 'letters.logoFormat' };
  const info = isPng ? pngInfo(bytes) : jpegInfo(bytes);
  if (!info) return { ok: false, problem: 'letters.logoCorrupt' };
  const { width, height } = info;
  if (width < LOGO_MIN_PX || height < LOGO_MIN_PX || width > LOGO_MAX_PX || height > LOGO_MAX_PX) {
    return { ok: false, problem: 'letters.logoDimensions' };
  }
  return { ok: true, info };
}
