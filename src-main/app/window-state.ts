// The window's size and position, remembered in a small JSON file in userData. A saved position that no
// longer fits any display (a monitor was unplugged) is dropped so the window never opens off-screen.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1400, height: 900, maximized: false };

export function readWindowState(file: string, displays: readonly Rect[]): WindowState {
  let s: Partial<WindowState>;
  try {
    s = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
  } catch {
    return { ...DEFAULT_STATE };
  }
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const width = num(s.width) && s.width >= 800 ? Math.round(s.width) : DEFAULT_STATE.width;
  const height = num(s.height) && s.height >= 560 ? Math.round(s.height) : DEFAULT_STATE.height;
  const state: WindowState = { width, height, maximized: s.maximized === true };
  if (num(s.x) && num(s.y)) {
    const visible = displays.some((d) => s.x! + 100 > d.x && s.x! < d.x + d.width - 100 && s.y! >= d.y && s.y! < d.y + d.height - 50);
    if (visible) Object.assign(state, { x: Math.round(s.x), y: Math.round(s.y) });
  }
  return state;
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // losing the window position is harmless
  }
}
