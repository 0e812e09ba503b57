// Is an IPC call from our window's main frame at one of our origins? Kept apart from the handlers so it can
// be tested under plain Node (type-only electron import).
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  win: Pick<BrowserWindow, 'webContents'> | null,
  trustedOrigins: readonly string[],
): boolean {
  if (!win || event.sender !== win.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== win.webContents.mainFrame) return false;
  return trustedOrigins.includes(originOf(frame.url));
}

/** scheme://host — not URL.origin, which Node answers 'null' for custom schemes such as app:// */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : 'null';
  } catch {
    return 'null';
  }
}
