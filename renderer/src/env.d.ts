import type { SipenaApi } from '../../shared/ipc/table.ts';
import type { ConnectionMonitor } from '../../shared/connect/connection.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the web harness's injected script. */
    readonly api: SipenaApi;
    /** Only on the office server's page (electron/server/connection-script.ts); absent in the desktop app. */
    readonly sipenaConnection?: ConnectionMonitor;
  }
}
