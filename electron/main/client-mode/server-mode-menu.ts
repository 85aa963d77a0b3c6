/**
 * The tray menu of the desktop app running as the office server ("Jalankan sebagai server
 * kantor"), as data: Electron-free, so the labels and what each entry does are tested in Node;
 * server-mode.ts turns it into a Tray menu.
 */
export type ServerMenuAction = 'open' | 'copy' | 'quit';

export interface ServerMenuItem {
  label: string;
  action?: ServerMenuAction;
  /** A line of information, not clickable. */
  info?: true;
}

/** The server's one line, as `npm run serve` prints it: what the administrator hands to the clients. */
export function serverLine(url: string, fingerprint: string): string {
  return `Sipena server: ${url} sha256=${fingerprint}`;
}

export function serverTooltip(url: string): string {
  return `Sipena: server kantor berjalan di ${url}`;
}

export function serverMenu(url: string, fingerprint: string): ServerMenuItem[] {
  return [
    { label: `Server kantor: ${url}`, info: true },
    { label: `Sidik jari: ${fingerprint.slice(0, 23)}...`, info: true },
    { label: 'Buka Sipena', action: 'open' },
    { label: 'Salin alamat dan sidik jari', action: 'copy' },
    { label: 'Hentikan server dan keluar', action: 'quit' },
  ];
}
