// One ipcMain handler per contract channel. Each checks that the call comes from our window's main frame
// at our own origin, validates the payload with the contract's zod schema (service.call does that for the
// service channels) and answers an ApiResult — never a rejected promise, so error codes survive IPC.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Service } from '../core/service.js';
import { CHANNELS, channels, invalidInput, ipcChannelName, type ApiResult, type Channel } from '../shared/contract.js';
import { openFiles, openFolder, saveXlsx } from './dialogs.js';
import { isTrustedSender } from './sender.js';

export { isTrustedSender };

export interface IpcContext {
  service: Service;
  window: () => BrowserWindow | null;
  /** origins the renderer may be served from (app://renderer, or the dev server's) */
  trustedOrigins: readonly string[];
}

type DialogChannel = 'dialog.openFiles' | 'dialog.openFolder' | 'dialog.saveXlsx';
const DIALOGS: Record<DialogChannel, (win: BrowserWindow | null, input: never) => Promise<unknown>> = {
  'dialog.openFiles': (win) => openFiles(win),
  'dialog.openFolder': (win) => openFolder(win),
  'dialog.saveXlsx': (win, input: { defaultName?: string }) => saveXlsx(win, input.defaultName),
};

/** Export targets the reviewer chose in the save dialog: the renderer may not write anywhere else. */
const chosenExportPaths = new Set<string>();

async function handle(ctx: IpcContext, channel: Channel, event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event, ctx.window(), ctx.trustedOrigins)) return { ok: false, error: { code: 'unauthorized', message: '拒绝来自未知页面的调用' } };
  if (channel in DIALOGS) {
    const parsed = channels[channel].input.safeParse(input ?? undefined);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const data = await DIALOGS[channel as DialogChannel](ctx.window(), parsed.data as never);
      if (channel === 'dialog.saveXlsx' && (data as { path: string | null }).path) chosenExportPaths.add((data as { path: string }).path);
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `无法打开对话框：${(e as Error).message}` } };
    }
  }
  if (channel === 'export.run') {
    const out = (input as { out?: unknown } | null)?.out;
    if (typeof out === 'string' && !chosenExportPaths.has(out)) {
      return { ok: false, error: { code: 'invalid-input', message: '请先通过“导出汇总表”对话框选择保存位置' } };
    }
  }
  return ctx.service.call(channel, input);
}

/** Registers every channel; returns a function that removes them (tests, window re-creation). */
export function registerIpc(ipcMain: IpcMain, ctx: IpcContext): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) => handle(ctx, channel, event, input));
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
