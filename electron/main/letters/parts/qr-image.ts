/**
 * The verification QR code as a tiny 1-bit PNG instead of pdfmake's vector `qr` node.
 *
 * Why: pdfmake draws a QR code as one filled rectangle per dark module (600+ for our
 * texts), each with its own colour parsing and content-stream operators; in a bulk
 * print of 500 summonses that was the largest single cost. A 1-bit grayscale PNG is
 * embedded by pdfkit as it is (no pixel decoding), a few hundred bytes per letter.
 * The module matrix still comes from pdfmake's own encoder, so the code is the same
 * one the vector node would draw (a test compares them module by module).
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { PNG_SIGNATURE, pngChunk } from './png.ts';

interface QrCanvasRect {
  x: number;
  y: number;
  w: number;
}

interface QrEncoder {
  measure: (node: { qr: string; fit: number; eccLevel: string }) => { _canvas: QrCanvasRect[]; _width: number };
}

/** Pixels per module: enough that a viewer smoothing the scaled image keeps the modules sharp. */
const PIXELS_PER_MODULE = 4;

let encoder: QrEncoder | null = null;

function qrEncoder(): QrEncoder {
  if (!encoder) {
    // pdfmake's encoder is a CommonJS module with a default export and no type declarations.
    const mod = createRequire(import.meta.url)('pdfmake/js/qrEnc.js') as { default: QrEncoder };
    encoder = mod.default;
  }
  return encoder;
}

/** The QR module matrix (true = dark) pdfmake's encoder produces for a text and ECC level. */
export function qrMatrix(text: string, eccLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): boolean[][] {
  // fit = 10000 makes each module an integer number of units, so positions map back to indices.
  const node = qrEncoder().measure({ qr: text, fit: 10_000, eccLevel });
  const [background, ...dark] = node._canvas;
  if (!background) throw new Error('QR encoder returned nothing');
  const moduleSize = dark[0]?.w ?? 1;
  const n = Math.round(background.w / moduleSize);
  const matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const r of dark) matrix[Math.round(r.y / moduleSize)]![Math.round(r.x / moduleSize)] = true;
  return matrix;
}

/** A 1-bit grayscale PNG of a module matrix, `PIXELS_PER_MODULE` pixels per module, black on white. */
export function matrixPng(matrix: boolean[][]): Buffer {
  const n = matrix.length;
  const size = n * PIXELS_PER_MODULE;
  const stride = Math.ceil(size / 8);
  const raw = Buffer.alloc(size * (stride + 1), 0);
  for (let y = 0; y < size; y++) {
    const rowStart = y * (stride + 1);
    const modules = matrix[Math.floor(y / PIXELS_PER_MODULE)]!;
    // Filter byte 0 (none) is already in place; white is 1, so set every light pixel.
    for (let x = 0; x < size; x++) {
      if (!modules[Math.floor(x / PIXELS_PER_MODULE)]) raw[rowStart + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * The QR code of a text as a PNG data URL plus the printed size in points, which is the
 * size pdfmake's vector node would have had for the same `fit` (whole points per module).
 */
export function qrImage(text: string, fit: number): { dataUrl: string; size: number } {
  const matrix = qrMatrix(text, 'M');
  const n = matrix.length;
  const size = n * Math.max(1, Math.floor(fit / n));
  return { dataUrl: `data:image/png;base64,${matrixPng(matrix).toString('base64')}`, size };
}
