import type { ServerResponse } from 'node:http';
import { PING_PATH, REQUEST_FAILED_EVENT, REQUEST_OK_EVENT } from '../../shared/connect/connection.ts';

export { PING_PATH };

/** Liveness answer: 204 with no body and no personal data, no session needed (the Host check still applies). */
export function answerPing(res: ServerResponse): void {
  res.writeHead(204, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end();
}

/** How long the page waits between checks while connected, and the back-off steps while not. */
export const HEARTBEAT_MS = 5_000;
export const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;

/**
 * The page's connection monitor, served after the api script (client-script.ts): it finds out
 * that the server is gone (a heartbeat `GET /__sipena/ping` every 5 s, or at once when a call
 * fails on the network), then retries with back-off (1, 2, 4, 8, 15, 30 s ...) and reports
 * through `window.sipenaConnection` (shared/connect/connection.ts), which the renderer's
 * banner shows. It only ever pings: no call is repeated or queued, so nothing the user typed
 * is sent until they save again.
 */
export function connectionScript(heartbeatMs: number = HEARTBEAT_MS, backoffMs: readonly number[] = BACKOFF_MS): string {
  return `(() => {
  const HEARTBEAT = ${JSON.stringify(heartbeatMs)};
  const BACKOFF = ${JSON.stringify(backoffMs)};
  let state = 'online';
  let attempt = 0;
  let retryAt = null;
  let timer = null;
  let checking = false;
  const listeners = new Set();
  // One object per change: React's useSyncExternalStore compares snapshots by identity.
  let current = Object.freeze({ state, retryAt });
  const snapshot = () => current;
  const emit = () => { current = Object.freeze({ state, retryAt }); for (const l of listeners) { try { l(current); } catch (e) { console.error(e); } } };
  const schedule = (ms) => { clearTimeout(timer); timer = setTimeout(check, ms); };
  const reachable = async () => {
    try { return (await fetch(${JSON.stringify(PING_PATH)}, { cache: 'no-store', credentials: 'same-origin' })).status === 204; }
    catch { return false; }
  };
  async function check() {
    if (checking) return;
    checking = true;
    clearTimeout(timer);
    const ok = await reachable();
    checking = false;
    if (ok) {
      const changed = state !== 'online';
      state = 'online'; attempt = 0; retryAt = null;
      schedule(HEARTBEAT);
      if (changed) emit();
    } else {
      const wait = BACKOFF[Math.min(attempt, BACKOFF.length - 1)];
      attempt += 1;
      state = 'offline';
      retryAt = Date.now() + wait;
      schedule(wait);
      emit();
    }
  }
  window.addEventListener(${JSON.stringify(REQUEST_FAILED_EVENT)}, () => { if (state === 'online') void check(); });
  window.addEventListener(${JSON.stringify(REQUEST_OK_EVENT)}, () => { if (state === 'offline') void check(); });
  Object.defineProperty(window, 'sipenaConnection', {
    value: Object.freeze({
      get: snapshot,
      subscribe: (fn) => { listeners.add(fn); return () => { listeners.delete(fn); }; },
      retryNow: () => { void check(); },
    }),
    writable: false,
    configurable: false,
  });
  schedule(HEARTBEAT);
})();
`;
}
