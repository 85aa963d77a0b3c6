import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { openApp } from './app-context.ts';
import type { AppContext } from './app-context.ts';
import { resolveDataDir } from './data-dir.ts';
import { DatabaseDamagedError, DatabaseTooNewError } from './db/open.ts';
import { handlers } from './handlers.ts';
import { registerIpc } from './ipc.ts';
import { registerAppScheme, serveAppProtocol } from './protocol.ts';
import { trustedDevServerUrl } from './security-policy.ts';
import { createMainWindow, hardenWebContents } from './window.ts';

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

function closeDatabase(): void {
  if (ctx?.db.open) ctx.db.close();
  ctx = undefined;
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  closeDatabase();
  app.exit(1);
}

async function start(): Promise<void> {
  await app.whenReady();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
  try {
    ctx = await openApp({ dataDir, resourcesDir, appVersion: app.getVersion() });
  } catch (e) {
    // Both errors leave the file untouched; a recovery screen comes with issue 6.
    if (e instanceof DatabaseTooNewError || e instanceof DatabaseDamagedError) {
      fail('Sipena tidak dapat membuka basis data', `${e.message}\n\n${dataDir}`);
      return;
    }
    throw e;
  }
  registerIpc(ctx, handlers, devServerUrl);
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
    fail('Sipena gagal dimulai', e instanceof Error ? e.message : String(e));
  });
}
