import fs from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT_STATE: WindowState = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, maximized: false };

/** Remembers the main window's size, position and maximised state between runs. */
export function loadWindowState(userDataDir: string): WindowState {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(userDataDir, 'window-state.json'), 'utf8')) as WindowState;
    // A window saved on a monitor that is gone comes back on the primary one.
    const visible = screen.getAllDisplays().some((d) => intersects(d.workArea, state.bounds));
    return visible ? state : { ...state, bounds: { ...DEFAULT_STATE.bounds, width: state.bounds.width, height: state.bounds.height } };
  } catch {
    return DEFAULT_STATE;
  }
}

export function trackWindowState(window: BrowserWindow, userDataDir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    fs.writeFileSync(path.join(userDataDir, 'window-state.json'), JSON.stringify(state));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
