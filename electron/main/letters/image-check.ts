/**
 * Checks an uploaded logo before anything is stored: the bytes must really be PNG or
 * JPEG (magic bytes, not the file name), within size, with sane pixel dimensions read
 * from the image header. Anything else (SVG, GIF, a renamed executable) is refused.
 * The image data is decoded in full before it is accepted: a file with a valid header
 * but damaged or cut-off data used to be stored and printed as a black box on every
 * letter. PNG: every chunk's CRC, the whole zlib stream (its Adler-32 included), exactly
 * the bytes the header promises, valid row filters. JPEG: decoded by pdf.js's decoder
 * (invalid Huffman data throws) and the file must end its scan data with EOI, which a
 * cut-off file lacks.
 */
import { crc32, inflateSync } from 'node:zlib';
import { JpegImage } from 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';
import { jpegScansComplete } from './jpeg-scan-check.ts';
import { UPLOAD_MAX_BYTES } from '../../../shared/uploads/schemas.ts';
/** The upload limit for a logo is the check's limit too. */
export const LOGO_MAX_BYTES = UPLOAD_MAX_BYTES.logo;
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

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Whether a PNG's chunks and pixel data decode completely. */
function pngDecodes(b: Buffer, info: ImageInfo): boolean {
  let pos = 8;
  const idat: Buffer[] = [];
  let ihdr: Buffer | null = null;
  let ended = false;
  while (pos + 12 <= b.length) {
    const len = b.readUInt32BE(pos);
    if (pos + 12 + len > b.length) return false;
    const typeAndData = b.subarray(pos + 4, pos + 8 + len);
    if ((crc32(typeAndData) >>> 0) !== b.readUInt32BE(pos + 8 + len)) return false;
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (type === 'IHDR') ihdr = b.subarray(pos + 8, pos + 8 + len);
    else if (type === 'IDAT') idat.push(b.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || !ihdr || idat.length === 0) return false;
  const depth = ihdr[8]!;
  const channels = CHANNELS[ihdr[9]!];
  if (!channels || ihdr[10] !== 0 || ihdr[11] !== 0 || ihdr[12]! > 1) return false;
  const rowBytes = (w: number) => Math.ceil((w * channels * depth) / 8);
  // Rows per pass: the image itself, or the seven Adam7 sub-images.
  const passes: [number, number][] =
    ihdr[12] === 0
      ? [[info.width, info.height]]
      : ([[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const).map(([x0, y0, dx, dy]) => [
          Math.ceil((info.width - x0) / dx),
          Math.ceil((info.height - y0) / dy),
        ]);
  const expected = passes.reduce((sum, [w, h]) => sum + (w > 0 && h > 0 ? h * (rowBytes(w) + 1) : 0), 0);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch {
    return false;
  }
  if (raw.length !== expected) return false;
  let at = 0;
  for (const [w, h] of passes) {
    if (w <= 0 || h <= 0) continue;
    for (let y = 0; y < h; y++, at += rowBytes(w) + 1) if (raw[at]! > 4) return false;
  }
  return true;
}

/** Whether a JPEG decodes completely and its data ends with the EOI marker. */
function jpegDecodes(b: Buffer): boolean {
  let end = b.length;
  // Some writers pad after EOI; the marker itself must be there.
  while (end > 2 && b[end - 1] === 0) end--;
  if (b[end - 2] !== 0xff || b[end - 1] !== 0xd9) return false;
  try {
    const image = new JpegImage();
    image.parse(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    image.getData({ width: image.width, height: image.height, forceRGB: true, isSourcePDF: false });
  } catch {
    return false;
  }
  // pdf.js decodes damaged data without complaint; the strict walk does not.
  return jpegScansComplete(b);
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
  if (!(isPng ? pngDecodes(bytes, info) : jpegDecodes(bytes))) return { ok: false, problem: 'letters.logoCorrupt' };
  return { ok: true, info };
}
