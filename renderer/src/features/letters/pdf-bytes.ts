import { saveFile } from '../../app/save-file.ts';

export { base64ToBytes } from '../../app/save-file.ts';

/** Saves a PDF (the desktop app's save dialog, a browser's download). */
export function savePdf(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  saveFile(bytes, fileName, 'application/pdf');
}
