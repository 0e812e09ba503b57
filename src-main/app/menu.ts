// The Chinese application menu. File commands are forwarded to the UI as app.menu events: the UI opens the
// dialogs through the contract, so menu, toolbar and shortcuts share one path.
import { Menu, app, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../shared/contract.js';

export function buildMenu(send: (payload: EventPayload<'app.menu'>) => void, win: () => BrowserWindow | null): Menu {
  const cmd = (command: EventPayload<'app.menu'>['command']) => () => send({ command });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [{ role: 'about', label: '关于年报审核台' }, { type: 'separator' }, { role: 'quit', label: '退出' }] } as MenuItemConstructorOptions] : []),
    {
      label: '文件',
      submenu: [
        { label: '导入文件…', accelerator: 'CmdOrCtrl+O', click: cmd('import-files') },
        { label: '导入文件夹…', accelerator: 'CmdOrCtrl+Shift+O', click: cmd('import-folder') },
        { type: 'separator' },
        { label: '导出汇总表…', accelerator: 'CmdOrCtrl+E', click: cmd('export') },
        { type: 'separator' },
        { label: '退出', accelerator: isMac ? 'Cmd+Q' : 'Alt+F4', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '快捷键', accelerator: 'F1', click: cmd('shortcuts') },
        { label: '关于', click: cmd('about') },
      ],
    },
  ];
  void win;
  return Menu.buildFromTemplate(template);
}
