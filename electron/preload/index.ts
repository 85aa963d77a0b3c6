import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, SipenaApi } from '../../shared/ipc/table.ts';

/**
 * The channel names of the IPC table, put in by the build (`define` in electron.vite.config.ts
 * and vitest.config.ts). The preload needs nothing else from the table: importing it would
 * bundle every zod schema into this sandboxed script.
 */
declare const __SIPENA_CHANNELS__: readonly Channel[];

// The renderer gets exactly one object: a function per channel of the IPC table. No
// ipcRenderer, no event objects, no arbitrary channel names cross the bridge.
const api = Object.freeze(
  Object.fromEntries(__SIPENA_CHANNELS__.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)])),
) as unknown as SipenaApi;

contextBridge.exposeInMainWorld('api', api);

// The live view's change events (kind, id, version: no record content), as the browser
// scripts give them from GET /events. Only the subscribe function crosses the bridge.
contextBridge.exposeInMainWorld('sipenaEvents', {
  subscribe: (listener: (change: unknown) => void) => {
    const handler = (_event: unknown, change: unknown) => listener(change);
    ipcRenderer.on('sipena:change', handler);
    return () => ipcRenderer.removeListener('sipena:change', handler);
  },
});
