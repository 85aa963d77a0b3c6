import type { TableFormat } from '../../../shared/reports/table-export.ts';

/** The media type of each spreadsheet format a list or report is exported as. */
export const TABLE_MIME: Readonly<Record<TableFormat, string>> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/**
 * Saves bytes through the browser's download path. In the desktop app Electron turns this
 * into the operating system's save dialog; in a browser it is a download.
 */
export function saveFile(bytes: Uint8Array<ArrayBuffer>, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Decodes the base64 file an IPC answer carries. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
