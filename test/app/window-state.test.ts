import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp-db.js';
import { DEFAULT_STATE, readWindowState, writeWindowState } from '../../src-main/app/window-state.js';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips size, position and maximised through a JSON file', () => {
    const t = tempDir();
    const f = join(t.dir, 'sub', 'window-state.json');
    writeWindowState(f, { x: 100, y: 50, width: 1200, height: 800, maximized: true });
    expect(readWindowState(f, screen)).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
    t.cleanup();
  });
  it('falls back to defaults for a missing or broken file and drops positions off every display', () => {
    const t = tempDir();
    expect(readWindowState(join(t.dir, 'none.json'), screen)).toEqual(DEFAULT_STATE);
    const f = join(t.dir, 'w.json');
    writeFileSync(f, '{not json');
    expect(readWindowState(f, screen)).toEqual(DEFAULT_STATE);
    writeFileSync(f, JSON.stringify({ x: 5000, y: 10, width: 1000, height: 700 }));
    expect(readWindowState(f, screen)).toEqual({ width: 1000, height: 700, maximized: false });
    writeFileSync(f, JSON.stringify({ x: 10, y: 10, width: 50, height: 'big' }));
    expect(readWindowState(f, screen)).toEqual({ x: 10, y: 10, width: DEFAULT_STATE.width, height: DEFAULT_STATE.height, maximized: false });
    t.cleanup();
  });
});
