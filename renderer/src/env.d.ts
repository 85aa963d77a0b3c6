import type { SipenaApi } from '../../shared/ipc/table.ts';
import type { ConnectionMonitor } from '../../shared/connect/connection.ts';
import type { ChangeFeed } from '../../shared/records/changes.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the web harness's injected script. */
    readonly api: SipenaApi;
    /** Only on the office server's page (electron/server/connection-script.ts); absent in the desktop app. */
    readonly sipenaConnection?: ConnectionMonitor;
    /** The live view's change events (preload or injected script); absent in unit renders. */
    readonly sipenaEvents?: ChangeFeed;
    /**
     * Only on a page whose sign-in form the server drew (electron/web/early-submit-script.ts): ends
     * the holding of submits and gives the form submitted before the app took over, if any.
     */
    readonly sipenaTakeEarlySubmit?: () => HTMLFormElement | null;
    /**
     * Only on a page whose sign-in form the server drew (electron/web/early-controls-script.ts): stops the
     * page's own answering of the form's eye buttons and language switch; the app's handlers take over.
     */
    readonly sipenaTakeEarlyControls?: () => void;
  }
}
