// The contract's channel and event names as plain data, for the sandboxed preload (which must not bundle
// zod). test/shared/contract.test.ts keeps these lists identical to the keys of contract.ts.
export const CHANNEL_NAMES = Object.freeze([
  'app.info', 'spec.fields',
  'reports.list', 'reports.facets', 'report.get',
  'field.correct', 'finding.decide', 'report.decide', 'reports.bulkApprove',
  'import.start', 'import.upload', 'import.cancel', 'import.status',
  'export.run', 'dashboard.get', 'settings.get', 'settings.set', 'agency.link', 'agency.unlink',
  'dialog.openFiles', 'dialog.openFolder', 'dialog.saveXlsx',
] as const);

export const EVENT_NAMES_LIST = Object.freeze(['import.progress', 'export.progress', 'app.menu'] as const);

/** ipcMain.handle names: one per channel. */
export const ipcChannel = (name: string): string => `nianbao:${name}`;
/** the one IPC channel events travel on: (eventName, payload) */
export const IPC_EVENT = 'nianbao:event';
