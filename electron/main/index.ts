import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
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
import { subscribeChanges } from './records/change-feed.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { trustedDevServerUrl } from './security-policy.ts';
import { createMainWindow, hardenWebContents } from './window.ts';
import { errorText } from '../../shared/error-text.ts';
import type { AppMode } from '../../shared/connect/server-address.ts';
import type { ConnectState } from '../../shared/connect/connect-api.ts';
import { readAppMode, startupMode } from './client-mode/app-config.ts';
import { clientNavigationAllowed } from './client-mode/client-policy.ts';
import { askAppMode } from './connect-window.ts';
import { createClientWindow } from './client-window.ts';
import { startServerMode } from './server-mode.ts';
import { localDatabase, quitAfterWork } from './desktop-shutdown.ts';

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

/** Origin of the pinned office server when this PC is a client (navigation may go there). */
let serverOrigin: string | undefined;
/** Set while this PC runs as the office server: the app then lives on in the tray without a window. */
let stopServer: (() => Promise<void>) | undefined;
let mainWindow: BrowserWindow | undefined;
let dataLock: DataLock | undefined;
/** This PC's own database ("Komputer ini saja") while open. */
let local: ReturnType<typeof localDatabase> | undefined;

/**
 * What must finish before the process ends, handed over once: the office server (its
 * requests and backups), then the local database (a running backup, then the file and the
 * folder lock).
 */
function takeShutdownWork(): (() => Promise<void>) | undefined {
  const server = stopServer;
  const db = local;
  const lock = dataLock;
  stopServer = undefined;
  local = undefined;
  dataLock = undefined;
  if (!server && !db && !lock) return undefined;
  return async () => {
    try {
      await server?.();
    } finally {
      if (db) await db.close();
      else lock?.release();
    }
  };
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  const work = takeShutdownWork();
  void (work ? work() : Promise.resolve())
    .catch((e: unknown) => console.error('[sipena] shutting down failed', e))
    .finally(() => app.exit(1));
}

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
}

/** "Komputer ini saja": the database in this PC's data folder, as Sipena always worked. */
async function startLocal(): Promise<void> {
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
  const ctx = await openAppOrRecovery({ dataDir, resourcesDir: resourcesDir(), appVersion: app.getVersion() });
  registerIpc(ctx, handlers, devServerUrl);
  setPathPickers(electronPathPickers(() => mainWindow));
  local = localDatabase(ctx, dataLock, startBackupSchedule(ctx));
  mainWindow = createMainWindow({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    devServerUrl,
    iconPath: join(resourcesDir(), 'icons', 'icon.png'),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // The live view: committed changes (kind, id, version only) to the window's preload.
  subscribeChanges(ctx, (change) => mainWindow?.webContents.send('sipena:change', change));
}

/**
 * "Hubungkan ke server kantor": the window shows the office server, its certificate pinned;
 * nothing is opened or stored here. A changed certificate or an unreachable server brings
 * the connection page back with the reason.
 */
function startClient(pin: Extract<AppMode, { mode: 'client' }>): void {
  serverOrigin = new URL(pin.serverUrl).origin;
  let reported = false;
  const win = createClientWindow(pin, {
    iconPath: join(resourcesDir(), 'icons', 'icon.png'),
    onProblem: (problem) => {
      if (reported) return;
      reported = true;
      const state: ConnectState =
        problem.kind === 'changed'
          ? { reason: 'changed', serverUrl: pin.serverUrl, expected: pin.fingerprint, seen: problem.seen, stored: pin }
          : { reason: 'unreachable', serverUrl: pin.serverUrl, detail: problem.detail, stored: pin };
      void ask(state).finally(() => win.destroy());
    },
  });
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
}

/** "Jalankan sebagai server kantor": the office server in this process, a tray icon, and a window on it. */
async function startServer(mode: Extract<AppMode, { mode: 'server' }>): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  try {
    const started = await startServerMode({
      dataDir,
      listen: mode.listen,
      rendererDir: join(outDir, 'renderer'),
      resourcesDir: resourcesDir(),
      appVersion: app.getVersion(),
      iconPath: join(resourcesDir(), 'icons', 'icon.png'),
      openWindow: (pin) => {
        if (mainWindow) {
          mainWindow.focus();
          return;
        }
        startClient({ mode: 'client', ...pin });
      },
      quit: () => app.quit(),
    });
    stopServer = started.stop;
  } catch (e) {
    if (e instanceof DataFolderLockedError) {
      fail('Sipena sedang dipakai', `Folder data ${dataDir} sedang dipakai oleh ${describeHolder(e.holder)}. Tutup program itu lebih dahulu.`);
      return;
    }
    throw e;
  }
}

async function runMode(mode: AppMode): Promise<void> {
  if (mode.mode === 'client') return startClient(mode);
  if (mode.mode === 'server') return startServer(mode);
  return startLocal();
}

/** Shows the connection page and runs the chosen mode; closing the page without a choice quits. */
async function ask(state: ConnectState): Promise<void> {
  let mode: AppMode;
  try {
    mode = await askAppMode({ userData: defaultUserData, state, preloadPath: join(outDir, 'preload', 'connect.cjs'), iconPath: join(resourcesDir(), 'icons', 'icon.png') });
  } catch {
    return;
  }
  await runMode(mode);
}

async function start(): Promise<void> {
  await app.whenReady();
  serveAppProtocol(join(outDir, 'renderer'));
  const mode = startupMode(process.argv, process.env, readAppMode(defaultUserData));
  if (mode.mode === 'ask') return ask({ reason: 'first' });
  return runMode(mode);
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
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, devServerUrl, (url) => serverOrigin !== undefined && clientNavigationAllowed(url, serverOrigin)),
  );
  // The office server keeps running in the tray when its window is closed.
  app.on('window-all-closed', () => {
    if (!stopServer) app.quit();
  });
  // Requests finish, a running backup ends, the database closes: then quit for real.
  app.on('will-quit', (event) => quitAfterWork(event, takeShutdownWork, () => app.quit(), (m, e) => console.error(m, e)));
  start().catch((e: unknown) => {
    console.error('[sipena] startup failed', e);
    fail('Sipena gagal dimulai', errorText(e));
  });
}
