// Files dropped on the window or picked with <input type=file>, flattened: folders are walked
// (webkitGetAsEntry) so a dropped folder imports everything under it, with its relative path kept.
import type { PickedFile } from '../../api/client.js';

const hidden = (name: string) => name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call: read until it answers with an empty batch
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

export async function walkEntry(entry: FileSystemEntry, prefix = ''): Promise<PickedFile[]> {
  if (hidden(entry.name)) return [];
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    return [{ file, relativePath: prefix + entry.name }];
  }
  if (entry.isDirectory) {
    const children = await readEntries(entry as FileSystemDirectoryEntry);
    const out: PickedFile[] = [];
    for (const c of children) out.push(...(await walkEntry(c, `${prefix}${entry.name}/`)));
    return out;
  }
  return [];
}

/** Everything dropped: entries are taken synchronously (the DataTransfer dies after the event). */
export async function collectDropped(dt: DataTransfer): Promise<{ files: PickedFile[]; topLevel: File[] }> {
  const entries: FileSystemEntry[] = [];
  const topLevel: File[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const f = item.getAsFile();
    if (f) topLevel.push(f);
    const e = item.webkitGetAsEntry?.();
    if (e) entries.push(e);
  }
  if (entries.length === 0) return { files: topLevel.map((file) => ({ file, relativePath: file.name })), topLevel };
  const files: PickedFile[] = [];
  for (const e of entries) files.push(...(await walkEntry(e)));
  return { files, topLevel };
}

export function fromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [])
    .filter((f) => !hidden(f.name))
    .map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}
