import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/domain/events.js';
import type { RecentProject } from '../../shared/domain/project.js';

/** The native menu. Items send commands to the UI, which owns the dialogs and forms that follow. */
export function buildMenu(send: (command: MenuCommand) => void, openRecent: (path: string) => void, recent: RecentProject[]): Menu {
  const isMac = process.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Project…', 'project-new', 'CmdOrCtrl+N'),
        item('Open Project…', 'project-open', 'CmdOrCtrl+O'),
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.filter((r) => r.exists).map((r) => ({ label: `${r.title} — ${r.path}`, click: () => openRecent(r.path) }))
            : [{ label: 'No recent projects', enabled: false }],
        },
        item('Open Demo Project', 'open-demo'),
        { type: 'separator' },
        item('Save As…', 'project-save-as', 'CmdOrCtrl+Shift+S'),
        item('Project Properties…', 'project-properties', 'CmdOrCtrl+,'),
        item('Close Project', 'project-close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo/redo act on mappings, not only on text fields, so the UI decides what they mean.
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find in Target Vocabulary', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [item('Keyboard Shortcuts', 'shortcuts', 'F1'), item('About Crosswalk', 'about')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
