import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { AppContext } from './app-context.ts';
import { resolveDataDir } from './data-dir.ts';
import { DataFolderLockedError, acquireDataLock, describeHolder } from './data-lock.ts';
import type { DataLock } from './data-lock.ts';
import { mkdirSync } from 'node:fs';
import { openAppOrRecovery } from './backup/recovery.ts';
import { startBackupSchedule } from './backup/scheduler.ts';
import { setPathPickers } from './backup/pickers.ts';
import { electronPathPickers } from './dialogs.ts';
import { handlers } from './handlers.ts';
import { registerIpc } from './ipc.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { trustedDevServerUrl } from './security-policy.ts';
import { createMainWindow, hardenWebContents } from './window.ts';
import { errorText } from '../../shared/error-text.ts';

// Bundled to out/main/index.js; paths are taken from this file rather than
// app.getAppPath(), which differs between `electron .`, `electron out/main/index.js`
// (Playwright) and the packaged app.asar.
const appRoot = join(import.meta.dirname, '..', '..');
const outDir = join(appRoot, 'out');
const devServerUrl = trustedDevServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const defaultUserData = app.getPath('userData');
const dataDir = resolveDataDir(process.argv, process.env, defaultUserData);
if (dataDir !== defaultUserData) {
  // Chromium's profile (and with it the single-instance lock) follows the data
  // directory, so one database is never opened by two Sipena processes while
  // separate data directories (tests, a second office) can run side by side.
  app.setPath('userData', join(dataDir, 'electron-profile'));
}

let ctx: AppContext | undefined;
let mainWindow: BrowserWindow | undefined;
let stopBackups: (() => void) | undefined;
let dataLock: DataLock | undefined;

function closeDatabase(): void {
  stopBackups?.();
  if (ctx?.db.open) ctx.db.close();
  ctx = undefined;
  dataLock?.release();
  dataLock = undefined;
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  closeDatabase();
  app.exit(1);
}

async function start(): Promise<void> {
  await app.whenReady();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
  mkdirSync(dataDir, { recursive: true });
  // Held while the app runs: a CLI restore (or any writing command) is refused instead of
  // replacing the file under the running app; the in-app restore is the way then.
  try {
    dataLock = acquireDataLock(dataDir, 'Sipena desktop app');
  } catch (e) {
    if (!(e instanceof DataFolderLockedError)) throw e;
    fail('Sipena sedang dipakai', `Folder data ${dataDir} sedang dipakai oleh ${describeHolder(e.holder)}. Tutup program itu lebih dahulu.`);
    return;
  }
  // A damaged or newer database opens the recovery screen (only recovery:* channels
  // answer); the file itself is left untouched.
  ctx = await openAppOrRecovery({ dataDir, resourcesDir, appVersion: app.getVersion() });
  registerIpc(ctx, handlers, devServerUrl);
  setPathPickers(electronPathPickers(() => mainWindow));
  stopBackups = startBackupSchedule(ctx);
  serveAppProtocol(join(outDir, 'renderer'));
  mainWindow = createMainWindow({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    devServerUrl,
    iconPath: join(resourcesDir, 'icons', 'icon.png'),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, including ones we never create on purpose, gets the same locks.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeDatabase);
  start().catch((e: unknown) => {
    console.error('[sipena] startup failed', e);
    fail('Sipena gagal dimulai', errorText(e));
  });
}
