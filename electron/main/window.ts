import { BrowserWindow, shell } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_ENTRY_URL, isAllowedExternalUrl, isTrustedSender } from './security-policy.ts';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Loopback electron-vite dev server, already vetted by trustedDevServerUrl; absent in production. */
  devServerUrl?: string | undefined;
  /** Window icon for Linux desktops (Windows takes it from the executable). */
  iconPath?: string | undefined;
}

/** The renderer's web preferences: isolated, sandboxed, no Node, no webview, only our preload. */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** Refuses every permission (camera, notifications, clipboard read, HID ...) the app never needs. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

const hardened = new WeakSet<WebContents>();

/**
 * Locks any web contents to the app: navigation and redirects only within the app's
 * own origin, no new windows (vetted external links go to the OS browser), no <webview>.
 * Idempotent, because the main window and the global 'web-contents-created' hook both call it.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string, alsoAllowed?: (url: string) => boolean): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  // `alsoAllowed`: a client PC's pinned office server (client-mode/client-policy.ts), asked
  // at each navigation; it never makes a page a trusted IPC sender.
  const guard = (event: { url: string; preventDefault: () => void }): void => {
    if (!isTrustedSender(event.url, devServerUrl) && !alsoAllowed?.(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch((e: unknown) => console.error('[sipena] could not open external link', e));
    }
    return { action: 'deny' };
  });
}

/** Creates the single app window and loads the renderer (dev server in development, app:// otherwise). */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Sipena',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    webPreferences: buildWebPreferences(opts.preloadPath),
  });
  hardenWebContents(win.webContents, opts.devServerUrl);
  denyAllPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  win.loadURL(opts.devServerUrl ?? APP_ENTRY_URL).catch((e: unknown) => console.error('[sipena] could not load the renderer', e));
  return win;
}
