import { BrowserWindow, ipcMain } from 'electron';
import type { AppMode } from '../../shared/connect/server-address.ts';
import { CONNECT_CHANNELS } from '../../shared/connect/connect-api.ts';
import type { ConnectState } from '../../shared/connect/connect-api.ts';
import { connectController } from './client-mode/connect-controller.ts';
import { APP_ORIGIN, isAppUrl } from './security-policy.ts';
import { buildWebPreferences, denyAllPermissions } from './window.ts';

/** The connection page of the renderer build (renderer/connect.html). */
export const CONNECT_PAGE_URL = `${APP_ORIGIN}/connect.html`;

/**
 * Shows the connection page (first launch, a changed certificate, an unreachable server) and
 * resolves with the mode the user chose. Thin shell: the checks live in connect-controller.ts.
 * Rejects when the window is closed without a choice (the app then quits).
 */
export function askAppMode(opts: { userData: string; state: ConnectState; preloadPath: string; iconPath?: string }): Promise<AppMode> {
  return new Promise((resolve, reject) => {
    let decided = false;
    const win: BrowserWindow = new BrowserWindow({
      width: 760,
      height: 720,
      show: false,
      title: 'Sipena',
      autoHideMenuBar: true,
      ...(opts.iconPath ? { icon: opts.iconPath } : {}),
      webPreferences: buildWebPreferences(opts.preloadPath),
    });
    const controller = connectController({
      userData: opts.userData,
      state: opts.state,
      onChosen: (mode) => {
        decided = true;
        resolve(mode);
        // The next window opens before this one closes, so the app never has none.
        setImmediate(() => win.destroy());
      },
    });
    const fromPage = (url: string | undefined) => url !== undefined && isAppUrl(url) && new URL(url).pathname === '/connect.html';
    const route = <T>(fn: () => T | Promise<T>, url: string | undefined) => (fromPage(url) ? fn() : Promise.resolve({ ok: false, errorKey: 'connect.invalidChoice' }));
    ipcMain.handle(CONNECT_CHANNELS.state, (e) => route(() => controller.state(), e.senderFrame?.url));
    ipcMain.handle(CONNECT_CHANNELS.connectToServer, (e, p: unknown) => route(() => controller.connectToServer(p), e.senderFrame?.url));
    ipcMain.handle(CONNECT_CHANNELS.choose, (e, p: unknown) => route(() => controller.choose(p), e.senderFrame?.url));
    const unregister = () => {
      for (const c of Object.values(CONNECT_CHANNELS)) ipcMain.removeHandler(c);
    };
    denyAllPermissions(win.webContents.session);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      unregister();
      if (!decided) reject(new Error('connection page closed without a choice'));
    });
    win.loadURL(CONNECT_PAGE_URL).catch((e: unknown) => console.error('[sipena] could not load the connection page', e));
  });
}
