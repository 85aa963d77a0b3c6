import { contextBridge, ipcRenderer } from 'electron';
import { CONNECT_CHANNELS } from '../../shared/connect/connect-api.ts';
import type { ConnectApi } from '../../shared/connect/connect-api.ts';

// The first-launch / connection page gets exactly three calls; it never sees ipcRenderer.
const connectApi: ConnectApi = {
  state: () => ipcRenderer.invoke(CONNECT_CHANNELS.state),
  connectToServer: (input) => ipcRenderer.invoke(CONNECT_CHANNELS.connectToServer, input),
  choose: (choice) => ipcRenderer.invoke(CONNECT_CHANNELS.choose, choice),
};
contextBridge.exposeInMainWorld('sipenaConnect', Object.freeze(connectApi));
