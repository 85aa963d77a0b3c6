import { BrowserWindow, session as electronSession } from 'electron';
import type { ServerPin } from './client-mode/certificate-pin.ts';
import { pinDecision } from './client-mode/certificate-pin.ts';
import { clientCsp, clientRequestAllowed, isServerUrl } from './client-mode/client-policy.ts';
import { buildWebPreferences, denyAllPermissions } from './window.ts';

export type ClientProblem = { kind: 'changed'; seen: string } | { kind: 'unreachable'; detail: string };

/**
 * A client PC's window: the office server's own page (which brings its own `window.api` over
 * HTTPS: no preload, no IPC into this PC), on a session of its own whose every TLS
 * connection is checked against the pinned fingerprint before a request is sent
 * (pinDecision), whose requests can reach that origin only, and whose pages get a CSP naming
 * that origin only. A refused certificate or an unreachable server closes nothing by itself:
 * `onProblem` decides (the connection page with its warning).
 */
export function createClientWindow(pin: ServerPin, opts: { iconPath?: string; onProblem: (p: ClientProblem) => void }): BrowserWindow {
  const origin = new URL(pin.serverUrl).origin;
  const ses = electronSession.fromPartition('persist:sipena-office-server');
  let refusedSeen: string | null = null;
  ses.setCertificateVerifyProc((request, callback) => {
    const decision = pinDecision(request.hostname, request.certificate.data, pin);
    if (!decision.accept && decision.reason === 'changed') refusedSeen = decision.seen;
    // 0: accepted by us (the certificate is self-signed: Chromium's own check would refuse it); -2: refused.
    callback(decision.accept ? 0 : -2);
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !clientRequestAllowed(details.url, origin) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isServerUrl(details.url, origin)) return callback({});
    // Added beside the server's own policy: a page must satisfy both.
    const headers = { ...(details.responseHeaders ?? {}) };
    const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-security-policy') ?? 'Content-Security-Policy';
    headers[key] = [...(headers[key] ?? []), clientCsp(origin)];
    callback({ responseHeaders: headers });
  });
  denyAllPermissions(ses);
  const prefs = buildWebPreferences('');
  delete prefs.preload;
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
    webPreferences: { ...prefs, session: ses },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    if (!isMainFrame || code === -3 /* ERR_ABORTED: a navigation replaced by another */) return;
    opts.onProblem(refusedSeen ? { kind: 'changed', seen: refusedSeen } : { kind: 'unreachable', detail: description });
  });
  win.loadURL(pin.serverUrl).catch(() => undefined);
  return win;
}
