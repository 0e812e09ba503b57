// The sandboxed preload: exposes window.api (PreloadBridge of shared/contract.ts) and nothing else. Only the
// contract's channels and events pass (frozen lists); the renderer never sees ipcRenderer or Node.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES_LIST, IPC_EVENT, ipcChannel } from '../shared/channel-names.js';

const channels: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventNames: ReadonlySet<string> = new Set(EVENT_NAMES_LIST);
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const cb of listeners.get(name) ?? []) {
    try {
      cb(payload);
    } catch (e) {
      console.error(e);
    }
  }
});

const api = Object.freeze({
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!channels.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: `未知的接口：${String(channel)}` } });
    }
    return ipcRenderer.invoke(ipcChannel(channel), input);
  },
  on(event: string, cb: (payload: unknown) => void): () => void {
    if (!eventNames.has(event) || typeof cb !== 'function') return () => {};
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(cb);
    return () => {
      set.delete(cb);
    };
  },
  getPathForFile(file: File): string {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
  platform: process.platform,
});

contextBridge.exposeInMainWorld('api', api);
