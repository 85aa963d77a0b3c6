import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../../shared/ipc/table.ts';
import type { SipenaApi } from '../../shared/ipc/table.ts';

// The renderer gets exactly one object: a function per channel of the IPC table. No
// ipcRenderer, no event objects, no arbitrary channel names cross the bridge.
const api = Object.freeze(
  Object.fromEntries(channels.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)])),
) as unknown as SipenaApi;

contextBridge.exposeInMainWorld('api', api);
