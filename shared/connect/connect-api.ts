import type { AppMode } from './server-address.ts';

/** Why the connection page is shown: first launch (or asked for), or a connection that failed. */
export type ConnectState =
  | { reason: 'first' }
  | { reason: 'changed'; serverUrl: string; expected: string; seen: string; stored: AppMode }
  | { reason: 'unreachable'; serverUrl: string; detail: string; stored: AppMode };

export type ConnectAnswer = { ok: true } | { ok: false; errorKey: string; params?: Record<string, string>; field?: 'address' | 'fingerprint' | 'listen' };

/** What the connection page's preload gives it (electron/preload/connect.ts): three calls, nothing else. */
export interface ConnectApi {
  state: () => Promise<ConnectState>;
  /** "Hubungkan ke server kantor": checks address and fingerprint against the server, stores the choice when they match. */
  connectToServer: (input: { address: string; fingerprint: string }) => Promise<ConnectAnswer>;
  /** "Komputer ini saja", "Jalankan sebagai server kantor" or "Coba lagi" (the stored choice again). */
  choose: (choice: { mode: 'local' } | { mode: 'server'; listen: string } | { mode: 'retry' }) => Promise<ConnectAnswer>;
}

/** The IPC channel names of the connection page (not part of the IPC table: no database behind them). */
export const CONNECT_CHANNELS = { state: 'sipena-connect:state', connectToServer: 'sipena-connect:server', choose: 'sipena-connect:choose' } as const;
