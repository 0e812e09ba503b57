/** The Electron executable's path, or null where none is installed (see electron-binary.mjs). */
export function findElectronBinary(): string | null;
