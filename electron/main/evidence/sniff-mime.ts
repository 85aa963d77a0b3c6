/**
 * The type of an evidence file from its first bytes. The extension is never trusted:
 * a renamed executable must not be shown as a photo, and a photo saved as ".dat" still is one.
 */
export const SNIFF_BYTES = 4096;

const ascii = (buf: Uint8Array, at: number, text: string) => {
  if (buf.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const bytes = (buf: Uint8Array, at: number, sig: number[]) => buf.length >= at + sig.length && sig.every((b, i) => buf[at + i] === b);

const FTYP_BRANDS: Record<string, string> = {
  qt: 'video/quicktime',
  heic: 'image/heic',
  heix: 'image/heic',
  mif1: 'image/heif',
  avif: 'image/avif',
  M4A: 'audio/mp4',
  '3gp4': 'video/3gpp',
  '3gp5': 'video/3gpp',
  '3g2a': 'video/3gpp2',
};

/** MIME type of a file from its head (the first SNIFF_BYTES bytes). */
export function sniffMime(head: Uint8Array): string {
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return 'image/gif';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'AVI ')) return 'video/x-msvideo';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'audio/wav';
  if (ascii(head, 0, 'BM') && head.length > 14) return 'image/bmp';
  if (bytes(head, 0, [0x49, 0x49, 0x2a, 0x00]) || bytes(head, 0, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (ascii(head, 0, '%PDF-')) return 'application/pdf';
  if (ascii(head, 4, 'ftyp')) {
    const brand = String.fromCharCode(...head.subarray(8, 12)).trim();
    return FTYP_BRANDS[brand] ?? 'video/mp4';
  }
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return includesAscii(head.subarray(0, 64), 'webm') ? 'video/webm' : 'video/x-matroska';
  if (ascii(head, 0, 'OggS')) return 'audio/ogg';
  if (ascii(head, 0, 'ID3') || bytes(head, 0, [0xff, 0xfb]) || bytes(head, 0, [0xff, 0xf3])) return 'audio/mpeg';
  if (bytes(head, 0, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (bytes(head, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  if (ascii(head, 0, 'MZ')) return 'application/x-msdownload';
  if (bytes(head, 0, [0x7f, 0x45, 0x4c, 0x46])) return 'application/x-executable';
  if (looksLikeText(head)) return 'text/plain';
  return 'application/octet-stream';
}

function includesAscii(buf: Uint8Array, text: string): boolean {
  return Buffer.from(buf).toString('latin1').includes(text);
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  if (head.includes(0)) return false;
  try {
    // A multi-byte character may be cut at the end of the head: ignore the last 3 bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(1, head.length - 3)));
    return true;
  } catch {
    return false;
  }
}
