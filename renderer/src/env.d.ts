import type { SipenaApi } from '../../shared/ipc/table.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the web harness's injected script. */
    readonly api: SipenaApi;
  }
}
