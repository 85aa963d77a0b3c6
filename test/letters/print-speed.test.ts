/**
 * The print speed-ups keep what is printed: a transparent logo flattened
 * onto white at upload (same pixels over white) and the QR code as a 1-bit image (same
 * modules as pdfmake's vector code, finder patterns in place). Bulk prints merge the
 * issued bytes and are tested in bulk-print.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { flattenLogo, pngNeedsFlattening } from '../../electron/main/letters/logo-flatten.ts';
import { matrixPng, qrMatrix } from '../../electron/main/letters/parts/qr-image.ts';
import { RESOURCES_DIR } from './fixtures.ts';

/** Minimal PNG writer for test images: 8-bit RGBA, filter 0. */
function rgbaPng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) Buffer.from(pixel(x, y)).copy(raw, y * (width * 4 + 1) + 1 + x * 4);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Decodes an 8-bit RGB, non-interlaced PNG (what flattenLogo writes) into pixel rows. */
function decodeRgb(png: Buffer): { width: number; height: number; px: (x: number, y: number) => number[] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25], png[28]]).toEqual([8, 2, 0]);
  const idat: Buffer[] = [];
  for (let pos = 8; pos < png.length; ) {
    const len = png.readUInt32BE(pos);
    if (png.toString('latin1', pos + 4, pos + 8) === 'IDAT') idat.push(png.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
  }
  const data = inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = data[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const a = x >= 3 ? out[y * stride + x - 3]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 3 && y > 0 ? out[(y - 1) * stride + x - 3]! : 0;
      const p = a + b - c;
      const pred = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][f]!;
      out[y * stride + x] = (data[y * (stride + 1) + 1 + x]! + pred) & 0xff;
    }
  }
  return { width, height, px: (x, y) => [...out.subarray(y * stride + x * 3, y * stride + x * 3 + 3)] };
}

describe('logo flattening', () => {
  it('composites a transparent PNG onto white and keeps opaque pixels', () => {
    const png = rgbaPng(40, 40, (x, y) => (x < 20 ? [200, 30, 30, 255] : y < 20 ? [0, 0, 0, 0] : [0, 0, 255, 128]));
    expect(pngNeedsFlattening(png)).toBe(true);
    const flat = flattenLogo(png)!;
    expect(pngNeedsFlattening(flat)).toBe(false);
    const img = decodeRgb(flat);
    expect([img.width, img.height]).toEqual([40, 40]);
    expect(img.px(5, 5)).toEqual([200, 30, 30]);
    expect(img.px(30, 5)).toEqual([255, 255, 255]);
    expect(img.px(30, 30)).toEqual([127, 127, 255]);
  });

  it('flattens the shipped RGBA icon, leaves JPEG and opaque PNG bytes alone, refuses broken data', () => {
    const icon = readFileSync(path.join(RESOURCES_DIR, 'icons', 'icon.png'));
    const flat = flattenLogo(icon)!;
    expect(decodeRgb(flat).width).toBe(512);
    expect(flattenLogo(flat)).toBe(flat);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
    expect(flattenLogo(jpeg)).toBe(jpeg);
    const broken = Buffer.from(icon);
    broken.fill(0x41, 60, 400);
    expect(flattenLogo(broken)).toBeNull();
  });
});

describe('QR code as an image', () => {
  it('draws every module of the matrix and has the three finder patterns', () => {
    const matrix = qrMatrix('SIPENA1|800.1.6.4/12/KEP/2024|2024-12-02|0123456789abcdef');
    const n = matrix.length;
    expect((n - 17) % 4).toBe(0);
    const finder = (r0: number, c0: number) => {
      for (let r = 0; r < 7; r++)
        for (let c = 0; c < 7; c++) {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          expect(matrix[r0 + r]![c0 + c], `finder at ${r0},${c0}`).toBe(ring !== 2);
        }
    };
    finder(0, 0);
    finder(0, n - 7);
    finder(n - 7, 0);
    const png = matrixPng(matrix);
    const size = png.readUInt32BE(16);
    expect(size).toBe(n * 4);
    const raw = inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)));
    const stride = Math.ceil(size / 8) + 1;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        const y = r * 4 + 2;
        const x = c * 4 + 2;
        const white = (raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
        expect(white === 0).toBe(matrix[r]![c]);
      }
  });
});
