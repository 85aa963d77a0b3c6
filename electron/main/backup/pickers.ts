/**
 * The OS file dialogs, supplied by the Electron shell (electron/main/dialogs.ts) so the
 * backup feature stays plain Node. The browser harness has none: its screen asks for a
 * path on the server instead.
 */
export interface PathPickers {
  chooseFolder: () => Promise<string | null>;
  chooseBackupFile: () => Promise<string | null>;
}

let pickers: PathPickers | undefined;

/** Called once by the Electron shell. */
export function setPathPickers(p: PathPickers | undefined): void {
  pickers = p;
}

/** The dialogs, when this process has a desktop to show them on. */
export function pathPickers(): PathPickers | undefined {
  return pickers;
}
