import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import { writeAppMode } from '../../electron/main/client-mode/app-config.ts';

type Listener = (...args: unknown[]) => unknown;

// Records what electron/main/index.ts asks of Electron, in order, so its lifecycle can be
// checked in Node: the real database layer runs, only Electron is simulated.
const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    windows: 0,
    errorBoxes: [] as { title: string; content: string }[],
    exitCode: undefined as number | undefined,
    userDataSetTo: undefined as string | undefined,
    defaultUserData: '',
    ipcChannels: [] as string[],
    windowOptions: [] as Record<string, unknown>[],
    loaded: [] as string[],
    verifyProc: undefined as undefined | ((req: { hostname: string; certificate: { data: string } }, cb: (code: number) => void) => void),
    partitions: [] as string[],
    tray: null as null | { tooltip: string; menu: { label: string; enabled?: boolean; click?: () => void }[]; destroyed: boolean },
    clipboard: '',
  };
  // Called after each change the app makes through the fake: until() below waits on them.
  const watchers = new Set<() => void>();
  const changed = () => {
    for (const w of [...watchers]) w();
  };
  const contents = () => ({
    on: () => undefined,
    setWindowOpenHandler: () => undefined,
    session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined, setDevicePermissionHandler: () => undefined },
  });
  return { state, contents, watchers, changed };
});

vi.mock('electron', () => {
  const s = fake.state;
  class BrowserWindow {
    readonly webContents = fake.contents();
    constructor(options: Record<string, unknown>) {
      s.calls.push('BrowserWindow');
      s.windows++;
      s.windowOptions.push(options);
      fake.changed();
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      s.loaded.push(url);
      return Promise.resolve();
    }
  }
  const partitionSession = {
    setCertificateVerifyProc: (proc: typeof s.verifyProc) => {
      s.verifyProc = proc;
    },
    webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
  };
  return {
    app: {
      isPackaged: false,
      getPath: () => s.defaultUserData,
      setPath: (_name: string, value: string) => {
        s.userDataSetTo = value;
      },
      getVersion: () => '0.1.0-test',
      requestSingleInstanceLock: () => {
        s.calls.push('requestSingleInstanceLock');
        return true;
      },
      on: (name: string, listener: Listener) => {
        s.appListeners.set(name, [...(s.appListeners.get(name) ?? []), listener]);
      },
      whenReady: () => {
        s.calls.push('whenReady');
        return Promise.resolve();
      },
      quit: () => {
        s.calls.push('quit');
        fake.changed();
      },
      exit: (code: number) => {
        s.exitCode = code;
        fake.changed();
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => s.errorBoxes.push({ title, content }),
    },
    protocol: {
      registerSchemesAsPrivileged: () => s.calls.push('registerSchemesAsPrivileged'),
      handle: () => s.calls.push('protocol.handle'),
    },
    ipcMain: { handle: (channel: string) => s.ipcChannels.push(channel), removeHandler: () => undefined },
    BrowserWindow,
    Tray: class {
      constructor() {
        s.tray = { tooltip: '', menu: [], destroyed: false };
        fake.changed();
      }
      setToolTip(t: string) {
        s.tray!.tooltip = t;
      }
      setContextMenu(menu: { label: string; enabled?: boolean; click?: () => void }[]) {
        s.tray!.menu = menu;
      }
      on() {
        return this;
      }
      destroy() {
        s.tray!.destroyed = true;
      }
    },
    Menu: { buildFromTemplate: (items: unknown[]) => items },
    clipboard: {
      writeText: (text: string) => {
        s.clipboard = text;
      },
    },
    session: {
      fromPartition: (name: string) => {
        s.partitions.push(name);
        return partitionSession;
      },
    },
    shell: { openExternal: () => Promise.resolve() },
  };
});

let dir: string;
const originalArgv = process.argv;

/**
 * Resolves once `ready()` holds, asked again after each thing the app does through the fake
 * Electron (a window, a tray, quit, exit): the app's own steps, not a deadline a busy machine
 * could outlast (the test's timeout is the only one).
 */
function until(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return;
      fake.watchers.delete(check);
      resolve();
    };
    fake.watchers.add(check);
    check();
  });
}

async function startMain(dataDir: string | null): Promise<void> {
  process.argv = dataDir === null ? originalArgv.slice(0, 2) : [...originalArgv.slice(0, 2), '--data', dataDir];
  vi.resetModules();
  await import('../../electron/main/index.ts');
  await until(() => fake.state.windows > 0 || fake.state.exitCode !== undefined);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sipena-main-'));
  Object.assign(fake.state, { calls: [], appListeners: new Map(), windows: 0, errorBoxes: [], exitCode: undefined, userDataSetTo: undefined, ipcChannels: [], windowOptions: [], loaded: [], verifyProc: undefined, partitions: [], tray: null, clipboard: '' });
  fake.state.defaultUserData = join(dir, 'default-user-data');
});

/**
 * Electron's will-quit as the app gets it: with work left (a backup running, the database
 * open) the app holds the quit, finishes, then calls app.quit(); this waits for that.
 */
async function willQuit(): Promise<void> {
  let held = false;
  const quits = () => fake.state.calls.filter((c) => c === 'quit').length;
  const before = quits();
  for (const l of fake.state.appListeners.get('will-quit') ?? []) l({ preventDefault: () => (held = true) });
  if (held) await until(() => quits() > before);
}

afterEach(async () => {
  await willQuit();
  process.argv = originalArgv;
  rmSync(dir, { recursive: true, force: true });
});

describe('electron/main/index.ts', () => {
  it('registers the scheme before ready, opens the database, wires IPC and one window', async () => {
    const dataDir = join(dir, 'data');
    await startMain(dataDir);
    const { calls } = fake.state;
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('requestSingleInstanceLock')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('protocol.handle')).toBeLessThan(calls.indexOf('BrowserWindow'));
    expect(fake.state.windows).toBe(1);
    expect(fake.state.ipcChannels.length).toBeGreaterThan(0);
    expect(fake.state.userDataSetTo).toBe(join(dataDir, 'electron-profile'));
    expect([...fake.state.appListeners.keys()]).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'window-all-closed', 'will-quit']));
    expect(existsSync(join(dataDir, 'sipena.sqlite3'))).toBe(true);
    expect(existsSync(join(dataDir, 'sipena.sqlite3-wal'))).toBe(true);
    await willQuit();
    // SQLite removes the WAL file when the last connection closes cleanly.
    expect(existsSync(join(dataDir, 'sipena.sqlite3-wal'))).toBe(false);
  });

  it('opens the recovery screen for a database from a newer Sipena and leaves the file alone', async () => {
    const file = join(dir, 'sipena.sqlite3');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = sha256(file);
    await startMain(dir);
    // Recovery mode: a window and the IPC table (only recovery:* answer), no error box, no exit.
    expect(fake.state.exitCode).toBeUndefined();
    expect(fake.state.windows).toBe(1);
    expect(fake.state.ipcChannels).toContain('recovery:status');
    expect(fake.state.errorBoxes).toEqual([]);
    expect(sha256(file)).toBe(before);
  });

  it('opens the recovery screen for a damaged database the same way, never overwriting it', async () => {
    const file = join(dir, 'sipena.sqlite3');
    writeFileSync(file, 'this is not an SQLite database, it is a scanned letter'.repeat(200));
    const before = sha256(file);
    await startMain(dir);
    expect(fake.state.exitCode).toBeUndefined();
    expect(fake.state.windows).toBe(1);
    expect(fake.state.ipcChannels).toContain('recovery:restore');
    expect(fake.state.errorBoxes).toEqual([]);
    await willQuit();
    expect(sha256(file)).toBe(before);
  });

  it('first launch asks how Sipena runs here: the connection page, no database, no IPC table', async () => {
    await startMain(null);
    expect(fake.state.loaded).toEqual(['app://sipena/connect.html']);
    expect(String((fake.state.windowOptions[0]!['webPreferences'] as { preload: string }).preload)).toMatch(/connect\.cjs$/);
    expect(fake.state.ipcChannels.sort()).toEqual(['sipena-connect:choose', 'sipena-connect:server', 'sipena-connect:state']);
    expect(existsSync(join(fake.state.defaultUserData, 'sipena.sqlite3'))).toBe(false);
  });

  it('a client PC shows the pinned office server: no preload, own session, every certificate checked, nothing stored here', async () => {
    const real = ensureServerCertificate(join(dir, 'tls-real'), { dns: ['localhost'], ips: ['192.168.1.10'] });
    const impostor = ensureServerCertificate(join(dir, 'tls-impostor'), { dns: ['localhost'], ips: ['192.168.1.10'] });
    writeAppMode(fake.state.defaultUserData, { mode: 'client', serverUrl: 'https://192.168.1.10:8443/', fingerprint: real.fingerprint });
    await startMain(null);
    expect(fake.state.loaded).toEqual(['https://192.168.1.10:8443/']);
    const prefs = fake.state.windowOptions[0]!['webPreferences'] as Record<string, unknown>;
    expect(prefs['preload']).toBeUndefined();
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['sandbox']).toBe(true);
    expect(fake.state.partitions).toEqual(['persist:sipena-office-server']);
    expect(fake.state.ipcChannels).toEqual([]);
    expect(existsSync(join(fake.state.defaultUserData, 'sipena.sqlite3'))).toBe(false);
    const verdict = (hostname: string, data: string) => {
      let code: number | undefined;
      fake.state.verifyProc!({ hostname, certificate: { data } }, (c) => (code = c));
      return code;
    };
    expect(verdict('192.168.1.10', real.cert)).toBe(0);
    expect(verdict('192.168.1.10', impostor.cert)).toBe(-2);
    expect(verdict('example.com', real.cert)).toBe(-2);
  });

  it('"Jalankan sebagai server kantor": the office server in this process, a tray icon, a pinned window on it; quitting stops it cleanly', async () => {
    const dataDir = join(dir, 'office');
    writeAppMode(fake.state.defaultUserData, { mode: 'server', listen: '127.0.0.1:0' });
    await startMain(dataDir);
    await until(() => fake.state.tray !== null);
    const url = fake.state.loaded[0]!;
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(fake.state.tray!.tooltip).toBe(`Sipena: server kantor berjalan di ${url}`);
    expect(fake.state.tray!.menu.map((m) => m.label)).toEqual([`Server kantor: ${url}`, expect.stringMatching(/^Sidik jari: /), 'Buka Sipena', 'Salin alamat dan sidik jari', 'Hentikan server dan keluar']);
    // The server's own certificate (in the data folder) is the pin of its window.
    const cert = readFileSync(join(dataDir, 'server-cert.pem'), 'utf8');
    let code: number | undefined;
    fake.state.verifyProc!({ hostname: '127.0.0.1', certificate: { data: cert } }, (c) => (code = c));
    expect(code).toBe(0);
    fake.state.tray!.menu[3]!.click!();
    expect(fake.state.clipboard).toMatch(new RegExp(`^Sipena server: ${url.replaceAll('.', '\\.')} sha256=([0-9A-F]{2}:){31}[0-9A-F]{2}$`));
    // It answers over HTTPS like npm run serve, and holds the data folder.
    const { httpsRaw } = await import('../support/https-client.ts');
    expect((await httpsRaw(Number(new URL(url).port), cert, 'GET', '/__sipena/ping')).status).toBe(204);
    expect(existsSync(join(dataDir, 'sipena.lock'))).toBe(true);
    // Closing the window keeps the server; quitting stops it, then quits for real.
    for (const l of fake.state.appListeners.get('window-all-closed') ?? []) l();
    expect(fake.state.calls).not.toContain('quit');
    let prevented = false;
    for (const l of fake.state.appListeners.get('will-quit') ?? []) l({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => fake.state.calls.includes('quit'));
    expect(fake.state.calls).toContain('quit');
    expect(fake.state.tray!.destroyed).toBe(true);
    expect(existsSync(join(dataDir, 'sipena.lock'))).toBe(false);
    fake.state.appListeners.set('will-quit', []);
  });
});
