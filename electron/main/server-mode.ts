import { Menu, Tray, clipboard } from 'electron';
import { DEFAULT_LISTEN, parseListen } from '../server/listen-address.ts';
import { runOfficeServer } from '../server/run-office-server.ts';
import type { RunningOfficeServer } from '../server/run-office-server.ts';
import { serverLine, serverMenu, serverTooltip } from './client-mode/server-mode-menu.ts';
import type { ServerMenuAction } from './client-mode/server-mode-menu.ts';

export interface ServerModeOptions {
  dataDir: string;
  /** `ADDR:PORT` chosen on the connection page; empty: this computer only (127.0.0.1:8443). */
  listen?: string | undefined;
  rendererDir: string;
  resourcesDir: string;
  appVersion: string;
  iconPath: string;
  /** "Buka Sipena": the window on this server, its certificate pinned like any client's. */
  openWindow: (pin: { serverUrl: string; fingerprint: string }) => void;
  quit: () => void;
}

/**
 * "Jalankan sebagai server kantor": the same office server `npm run serve` runs
 * (runOfficeServer: data folder lock, certificate, HTTPS, sessions, continuity backups), in
 * the desktop app's process, with a tray icon that shows where it listens and stays while
 * the window is closed. Thin shell: everything but the tray is the server module.
 */
export async function startServerMode(opts: ServerModeOptions): Promise<{ running: RunningOfficeServer; stop: () => Promise<void> }> {
  const running = await runOfficeServer({
    dataDir: opts.dataDir,
    listen: opts.listen ? parseListen(opts.listen) : DEFAULT_LISTEN,
    rendererDir: opts.rendererDir,
    resourcesDir: opts.resourcesDir,
    appVersion: opts.appVersion,
    holder: 'Sipena desktop app (server kantor)',
  });
  console.log(serverLine(running.url, running.fingerprint));
  const pin = { serverUrl: running.url, fingerprint: running.fingerprint };
  const tray = new Tray(opts.iconPath);
  tray.setToolTip(serverTooltip(running.url));
  const act = (action: ServerMenuAction) => {
    if (action === 'open') opts.openWindow(pin);
    else if (action === 'copy') clipboard.writeText(serverLine(running.url, running.fingerprint));
    else opts.quit();
  };
  tray.setContextMenu(
    Menu.buildFromTemplate(serverMenu(running.url, running.fingerprint).map((item) => (item.action ? { label: item.label, click: () => act(item.action!) } : { label: item.label, enabled: false }))),
  );
  tray.on('click', () => opts.openWindow(pin));
  opts.openWindow(pin);
  return {
    running,
    stop: async () => {
      tray.destroy();
      await running.stop();
    },
  };
}
