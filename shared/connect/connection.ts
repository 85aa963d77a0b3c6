/** The office server's page tells the renderer about its connection through this object (electron/server/connection-script.ts). */
export interface ConnectionSnapshot {
  state: 'online' | 'offline';
  /** When the next attempt to reach the server is due (ms since epoch, the page's clock), while offline. */
  retryAt: number | null;
}

export interface ConnectionMonitor {
  get: () => ConnectionSnapshot;
  subscribe: (listener: (s: ConnectionSnapshot) => void) => () => void;
  /** "Coba sekarang": check at once instead of waiting for the back-off. */
  retryNow: () => void;
}

/** Events the page's api script fires after each call (a network failure or an answer). */
export const REQUEST_FAILED_EVENT = 'sipena:request-failed';
export const REQUEST_OK_EVENT = 'sipena:request-ok';
/** Path of the server's no-data liveness answer (204). */
export const PING_PATH = '/__sipena/ping';
