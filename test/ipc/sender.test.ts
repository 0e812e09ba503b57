import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../src-main/ipc/sender.js';

type Ev = Parameters<typeof isTrustedSender>[0];
type Win = NonNullable<Parameters<typeof isTrustedSender>[1]>;

function fixture(url = 'app://renderer/index.html') {
  const mainFrame = { url };
  const webContents = { mainFrame };
  const win = { webContents } as unknown as Win;
  const event = { sender: webContents, senderFrame: mainFrame } as unknown as Ev;
  return { win, event, mainFrame, webContents };
}

describe('IPC sender check', () => {
  it('accepts our window main frame at our origin', () => {
    const { win, event } = fixture();
    expect(isTrustedSender(event, win, ['app://renderer'])).toBe(true);
  });
  it('refuses another origin, a subframe, another webContents, or no window', () => {
    const other = fixture('https://evil.example/');
    expect(isTrustedSender(other.event, other.win, ['app://renderer'])).toBe(false);
    const { win, webContents } = fixture();
    expect(isTrustedSender({ sender: webContents, senderFrame: { url: 'app://renderer/x' } } as unknown as Ev, win, ['app://renderer'])).toBe(false);
    expect(isTrustedSender({ sender: {}, senderFrame: win.webContents.mainFrame } as unknown as Ev, win, ['app://renderer'])).toBe(false);
    expect(isTrustedSender(fixture().event, null, ['app://renderer'])).toBe(false);
    const weird = fixture('not a url');
    expect(isTrustedSender(weird.event, weird.win, ['app://renderer'])).toBe(false);
  });
  it('accepts the dev server origin only when listed', () => {
    const dev = fixture('http://localhost:5173/');
    expect(isTrustedSender(dev.event, dev.win, ['app://renderer'])).toBe(false);
    expect(isTrustedSender(dev.event, dev.win, ['app://renderer', 'http://localhost:5173'])).toBe(true);
  });
});

describe('originOf', () => {
  it('gives scheme://host for custom schemes where URL.origin says null', async () => {
    const { originOf } = await import('../../src-main/ipc/sender.js');
    expect(new URL('app://renderer/index.html').origin).toBe('null');
    expect(originOf('app://renderer/index.html')).toBe('app://renderer');
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBe('null');
    expect(originOf('garbage')).toBe('null');
  });
});
