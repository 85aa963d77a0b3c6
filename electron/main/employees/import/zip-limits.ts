import { ImportFileError } from './raw-table.ts';

/** Uncompressed size an XLSX may unpack to: far above a 200,000-row register, far below a zip bomb. */
export const MAX_XLSX_UNPACKED_BYTES = 400 * 1024 * 1024;

/**
 * Reads the zip central directory (no decompression) and refuses archives that would
 * unpack beyond the limit, so a small hostile file cannot exhaust memory or disk.
 */
export function checkZipLimits(bytes: Uint8Array, maxUnpacked = MAX_XLSX_UNPACKED_BYTES): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportFileError('importer.xlsxUnreadable');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new ImportFileError('importer.xlsxUnreadable');
    const size = view.getUint32(p + 24, true);
    // 0xFFFFFFFF means a zip64 size: larger than 4 GB, far beyond any employee list.
    if (size === 0xffffffff) throw new ImportFileError('importer.xlsxTooBig', { mb: Math.round(maxUnpacked / 1048576) });
    total += size;
    if (total > maxUnpacked) throw new ImportFileError('importer.xlsxTooBig', { mb: Math.round(maxUnpacked / 1048576) });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}
