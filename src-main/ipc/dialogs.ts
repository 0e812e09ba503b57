// The native dialogs behind the dialog.* channels (Electron only). Cancelling answers empty / null.
import { dialog, type BrowserWindow } from 'electron';
import type { Output } from '../shared/contract.js';

const REPORT_FILTERS = [
  { name: '年度报告（.docx .html .htm .txt）', extensions: ['docx', 'html', 'htm', 'txt'] },
  { name: '所有文件', extensions: ['*'] },
];

export async function openFiles(win: BrowserWindow | null): Promise<Output<'dialog.openFiles'>> {
  const opts: Electron.OpenDialogOptions = { title: '导入报告文件', properties: ['openFile', 'multiSelections'], filters: REPORT_FILTERS };
  const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
  return { paths: r.canceled ? [] : r.filePaths };
}

export async function openFolder(win: BrowserWindow | null): Promise<Output<'dialog.openFolder'>> {
  const opts: Electron.OpenDialogOptions = { title: '导入文件夹中的全部报告', properties: ['openDirectory', 'multiSelections'] };
  const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
  return { paths: r.canceled ? [] : r.filePaths };
}

export async function saveXlsx(win: BrowserWindow | null, defaultName?: string): Promise<Output<'dialog.saveXlsx'>> {
  const opts: Electron.SaveDialogOptions = {
    title: '导出汇总表',
    defaultPath: defaultName ?? `年报汇总-${new Date().toISOString().slice(0, 10)}.xlsx`,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  };
  const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
  if (r.canceled || !r.filePath) return { path: null };
  return { path: r.filePath.toLowerCase().endsWith('.xlsx') ? r.filePath : `${r.filePath}.xlsx` };
}
