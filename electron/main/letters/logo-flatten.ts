/**
 * Flattens a transparent PNG logo onto white once, at upload, into a plain 8-bit RGB PNG.
 *
 * Why: pdfkit embeds an opaque, non-interlaced PNG by copying its compressed IDAT data
 * as it is, but for a PNG with an alpha channel (or tRNS transparency) it inflates every
 * pixel, splits off the alpha and deflates both again, in every document. For a
 * 512 px RGBA logo that was about 60% of an SK's render time. Letters are printed on
 * white paper, so compositing onto white loses nothing visible.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PNG_SIGNATURE, pngChunk } from './parts/png.ts';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface Decoded {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  palette: Buffer | null;
  trns: Buffer | null;
  idat: Buffer;
}

function readChunks(png: Buffer): Decoded | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  let pos = 8;
  const idat: Buffer[] = [];
  let ihdr: Buffer | null = null;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  while (pos + 12 <= png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (data.length !== len) return null;
    if (type === 'IHDR') ihdr = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (!ihdr || ihdr.length !== 13 || idat.length === 0) return null;
  const colorType = ihdr[9]!;
  if (CHANNELS[colorType] === undefined || (colorType === 3 && !palette)) return null;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8]!,
    colorType,
    interlace: ihdr[12]!,
    palette,
    trns,
    idat: Buffer.concat(idat),
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row PNG filters in place; returns the raw rows without filter bytes. */
function unfilter(data: Buffer, height: number, stride: number, bpp: number): Buffer | null {
  if (data.length < height * (stride + 1)) return null;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[row + x - bpp]! : 0;
      const up = y > 0 ? out[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= bpp ? out[row - stride + x - bpp]! : 0;
      const raw = data[src + x]!;
      let v: number;
      if (filter === 0) v = raw;
      else if (filter === 1) v = raw + left;
      else if (filter === 2) v = raw + up;
      else if (filter === 3) v = raw + ((left + up) >> 1);
      else if (filter === 4) v = raw + paeth(left, up, upLeft);
      else return null;
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

/** Sample `i` of a row (any bit depth), scaled to 0..255, plus its raw value for tRNS comparisons. */
function sample(row: Buffer, offset: number, i: number, depth: number): { v8: number; raw: number } {
  if (depth === 8) {
    const v = row[offset + i]!;
    return { v8: v, raw: v };
  }
  if (depth === 16) {
    const raw = row.readUInt16BE(offset + i * 2);
    return { v8: raw >> 8, raw };
  }
  const perByte = 8 / depth;
  const byte = row[offset + Math.floor(i / perByte)]!;
  const shift = 8 - depth * ((i % perByte) + 1);
  const raw = (byte >> shift) & ((1 << depth) - 1);
  return { v8: Math.round((raw * 255) / ((1 << depth) - 1)), raw };
}

/** Encodes RGB rows, choosing per row the filter with the smallest absolute sum (the usual heuristic). */
function encodeRgb(width: number, height: number, rgb: Buffer): Buffer {
  const stride = width * 3;
  const out = Buffer.alloc(height * (stride + 1));
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    let bestSum = Infinity;
    for (let f = 0; f <= 4; f++) {
      let sum = 0;
      for (let x = 0; x < stride; x++) {
        const cur = rgb[row + x]!;
        const left = x >= 3 ? rgb[row + x - 3]! : 0;
        const up = y > 0 ? rgb[row - stride + x]! : 0;
        const upLeft = y > 0 && x >= 3 ? rgb[row - stride + x - 3]! : 0;
        const pred = f === 0 ? 0 : f === 1 ? left : f === 2 ? up : f === 3 ? (left + up) >> 1 : paeth(left, up, upLeft);
        const v = (cur - pred) & 0xff;
        candidate[x] = v;
        sum += v < 128 ? v : 256 - v;
      }
      if (sum < bestSum) {
        bestSum = sum;
        out[y * (stride + 1)] = f;
        candidate.copy(out, y * (stride + 1) + 1);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(out, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Whether pdfkit would have to decode this PNG's pixels for every document. */
export function pngNeedsFlattening(png: Buffer): boolean {
  const d = readChunks(png);
  return d !== null && (d.colorType === 4 || d.colorType === 6 || d.trns !== null || d.interlace !== 0);
}

/**
 * The logo as an opaque RGB PNG composited onto white, or the input unchanged when it is
 * already opaque (or a JPEG), or null when its pixel data cannot be decoded.
 * Interlaced PNGs are left as they are: rare for logos, and pdfkit copes, only slower.
 */
export function flattenLogo(bytes: Buffer): Buffer | null {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return bytes;
  const d = readChunks(bytes);
  if (!d) return null;
  if (!pngNeedsFlattening(bytes) || d.interlace !== 0) return bytes;
  const channels = CHANNELS[d.colorType]!;
  const bitsPerPixel = channels * d.bitDepth;
  const stride = Math.ceil((d.width * bitsPerPixel) / 8);
  let inflated: Buffer;
  try {
    inflated = inflateSync(d.idat, { maxOutputLength: d.height * (stride + 1) + 1024 });
  } catch {
    return null;
  }
  const rows = unfilter(inflated, d.height, stride, Math.max(1, bitsPerPixel >> 3));
  if (!rows) return null;
  const rgb = Buffer.alloc(d.width * d.height * 3);
  const blend = (c: number, a: number) => Math.round((c * a + 255 * (255 - a)) / 255);
  for (let y = 0; y < d.height; y++) {
    for (let x = 0; x < d.width; x++) {
      const at = (i: number) => sample(rows, y * stride, x * channels + i, d.bitDepth);
      let r: number, g: number, b: number, a: number;
      if (d.colorType === 3) {
        const idx = at(0).raw;
        r = d.palette![idx * 3] ?? 0;
        g = d.palette![idx * 3 + 1] ?? 0;
        b = d.palette![idx * 3 + 2] ?? 0;
        a = d.trns && idx < d.trns.length ? d.trns[idx]! : 255;
      } else if (d.colorType === 0 || d.colorType === 4) {
        const gray = at(0);
        r = g = b = gray.v8;
        a = d.colorType === 4 ? at(1).v8 : d.trns && d.trns.length >= 2 && gray.raw === d.trns.readUInt16BE(0) ? 0 : 255;
      } else {
        const [sr, sg, sb] = [at(0), at(1), at(2)];
        [r, g, b] = [sr.v8, sg.v8, sb.v8];
        if (d.colorType === 6) a = at(3).v8;
        else {
          const t = d.trns;
          a = t && t.length >= 6 && sr.raw === t.readUInt16BE(0) && sg.raw === t.readUInt16BE(2) && sb.raw === t.readUInt16BE(4) ? 0 : 255;
        }
      }
      const o = (y * d.width + x) * 3;
      rgb[o] = blend(r, a);
      rgb[o + 1] = blend(g, a);
      rgb[o + 2] = blend(b, a);
    }
  }
  return encodeRgb(d.width, d.height, rgb);
}
