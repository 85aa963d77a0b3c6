/**
 * Reads chosen entries of a ZIP without copying the stored ones: a stored entry (the letters
 * and evidence of a bundle, a hundred megabytes and more) comes back as a view into the
 * file's bytes, a deflated one is inflated by node:zlib into at most its declared size.
 * fflate's unzipSync copies every stored entry, which doubled an import's memory. Only the
 * plain ZIP layout is read here (what Sipena writes below 4 GB); a ZIP64 file returns null
 * and the caller falls back to fflate. Offsets outside the file throw.
 */
import { inflateRawSync } from 'node:zlib';

const u16 = (d: Uint8Array, at: number) => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number) => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function inside(d: Uint8Array, from: number, length: number): void {
  if (from < 0 || length < 0 || from + length > d.length) throw new Error('ZIP entry outside the file');
}

export function readZipEntries(d: Uint8Array, wanted: ReadonlySet<string>): Record<string, Uint8Array> | null {
  let e = d.length - 22;
  while (e >= 0 && u32(d, e) !== 0x06054b50) {
    if (d.length - e > 65557) throw new Error('no ZIP end record');
    e--;
  }
  if (e < 0) throw new Error('no ZIP end record');
  if (e >= 20 && u32(d, e - 20) === 0x07064b50) return null;
  const count = u16(d, e + 8);
  let o = u32(d, e + 16);
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    inside(d, o, 46);
    if (u32(d, o) !== 0x02014b50) throw new Error('bad ZIP central directory');
    const flags = u16(d, o + 8);
    const method = u16(d, o + 10);
    const compressed = u32(d, o + 20);
    const size = u32(d, o + 24);
    const nameLength = u16(d, o + 28);
    const local = u32(d, o + 42);
    inside(d, o + 46, nameLength);
    const name = (flags & 2048 ? utf8 : latin1).decode(d.subarray(o + 46, o + 46 + nameLength));
    o += 46 + nameLength + u16(d, o + 30) + u16(d, o + 32);
    if (!wanted.has(name)) continue;
    inside(d, local, 30);
    const start = local + 30 + u16(d, local + 26) + u16(d, local + 28);
    inside(d, start, compressed);
    const data = d.subarray(start, start + compressed);
    if (method === 0) out[name] = data;
    else if (method === 8) out[name] = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    else throw new Error(`unknown compression ${method}`);
  }
  return out;
}
