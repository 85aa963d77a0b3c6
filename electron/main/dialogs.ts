import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { PathPickers } from './backup/pickers.ts';

/** The OS folder and file dialogs for the backup screen, attached to the main window when there is one. */
export function electronPathPickers(window: () => BrowserWindow | undefined): PathPickers {
  const pick = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const w = window();
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  return {
    chooseFolder: () => pick({ title: 'Pilih folder cadangan', properties: ['openDirectory', 'createDirectory'] }),
    chooseBackupFile: () => pick({ title: 'Pilih berkas cadangan Sipena', properties: ['openFile'], filters: [{ name: 'Cadangan Sipena', extensions: ['sqlite3'] }] }),
  };
}
