import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';

// A stand-in for Electron's BrowserWindow / WebContents / Session: just enough surface
// to record what window.ts configures, so the policy can be asserted without Electron.
const fake = vi.hoisted(() => {
  type RequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void;
  type CheckHandler = (...args: unknown[]) => boolean;
  class FakeSession {
    requestHandler: RequestHandler | undefined;
    checkHandler: CheckHandler | undefined;
    deviceHandler: CheckHandler | undefined;
    setPermissionRequestHandler(h: RequestHandler) {
      this.requestHandler = h;
    }
    setPermissionCheckHandler(h: CheckHandler) {
      this.checkHandler = h;
    }
    setDevicePermissionHandler(h: CheckHandler) {
      this.deviceHandler = h;
    }
  }
  class FakeContents {
    readonly events = new Map<string, ((...args: unknown[]) => void)[]>();
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    readonly session = new FakeSession();
    on(name: string, listener: (...args: unknown[]) => void) {
      this.events.set(name, [...(this.events.get(name) ?? []), listener]);
      return this;
    }
    emit(name: string, ...args: unknown[]) {
      for (const l of this.events.get(name) ?? []) l(...args);
    }
    setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
      this.openHandler = h;
    }
  }
  const state = { windows: [] as { options: Record<string, unknown>; loaded: string[]; webContents: FakeContents }[] };
  return { FakeContents, state, openExternal: vi.fn(() => Promise.resolve()) };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly webContents = new fake.FakeContents();
    readonly loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      fake.state.windows.push({ options, loaded: this.loaded, webContents: this.webContents });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  return { BrowserWindow, shell: { openExternal: fake.openExternal } };
});

const { buildWebPreferences, createMainWindow, hardenWebContents } = await import('../../electron/main/window.ts');

function navEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function lastWindow() {
  const w = fake.state.windows.at(-1);
  if (!w) throw new Error('no window created');
  return w;
}

function openWindow(contents: InstanceType<typeof fake.FakeContents>, url: string): WindowOpenHandlerResponse {
  if (!contents.openHandler) throw new Error('no window open handler');
  return contents.openHandler({ url } as HandlerDetails) as WindowOpenHandlerResponse;
}

describe('buildWebPreferences', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    const prefs = buildWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.state.windows.length = 0;
    fake.openExternal.mockClear();
  });

  it('uses the hardened preferences and loads app://sipena in production', () => {
    createMainWindow({ preloadPath: '/p/index.cjs' });
    const w = lastWindow();
    expect(w.options.webPreferences).toEqual(buildWebPreferences('/p/index.cjs'));
    expect(w.loaded).toEqual(['app://sipena/index.html']);
  });

  it('loads the dev server when one is given', () => {
    createMainWindow({ preloadPath: '/p/index.cjs', devServerUrl: 'http://localhost:5173' });
    expect(lastWindow().loaded).toEqual(['http://localhost:5173']);
  });

  it('prevents navigation and redirects to another origin, allows the app itself', () => {
    createMainWindow({ preloadPath: '/p/index.cjs' });
    const wc = lastWindow().webContents;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navEvent('https://bkn.go.id/');
      wc.emit(name, away);
      expect(away.preventDefault, name).toHaveBeenCalled();
      const file = navEvent('file:///etc/passwd');
      wc.emit(name, file);
      expect(file.preventDefault, name).toHaveBeenCalled();
      const home = navEvent('app://sipena/index.html#/cases');
      wc.emit(name, home);
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it('in development allows only the dev server origin', () => {
    createMainWindow({ preloadPath: '/p/index.cjs', devServerUrl: 'http://localhost:5173' });
    const wc = lastWindow().webContents;
    const dev = navEvent('http://localhost:5173/index.html');
    wc.emit('will-navigate', dev);
    expect(dev.preventDefault).not.toHaveBeenCalled();
    const otherPort = navEvent('http://localhost:8080/');
    wc.emit('will-navigate', otherPort);
    expect(otherPort.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open, sending only vetted links to the OS browser', () => {
    createMainWindow({ preloadPath: '/p/index.cjs' });
    const wc = lastWindow().webContents;
    expect(openWindow(wc, 'https://peraturan.bpk.go.id/Details/12345')).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledWith('https://peraturan.bpk.go.id/Details/12345');
    fake.openExternal.mockClear();
    for (const url of ['https://evil-bkn.go.id/', 'http://bkn.go.id/', 'https://example.com/', 'file:///C:/Windows/system32/calc.exe', 'app://sipena/index.html']) {
      expect(openWindow(wc, url)).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('prevents <webview> attachment', () => {
    createMainWindow({ preloadPath: '/p/index.cjs' });
    const ev = { preventDefault: vi.fn() };
    lastWindow().webContents.emit('will-attach-webview', ev, {}, { src: 'https://example.com' });
    expect(ev.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    createMainWindow({ preloadPath: '/p/index.cjs' });
    const session = lastWindow().webContents.session;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.({}, permission, 'app://sipena', {})).toBe(false);
    }
    expect(session.deviceHandler?.({})).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('registers its listeners once even when called twice', () => {
    const wc = new fake.FakeContents();
    const asContents = wc as unknown as Parameters<typeof hardenWebContents>[0];
    hardenWebContents(asContents);
    hardenWebContents(asContents);
    expect(wc.events.get('will-navigate')).toHaveLength(1);
  });
});
