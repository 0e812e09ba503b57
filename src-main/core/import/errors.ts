// A per-file import failure with a Chinese message for the reviewer. The batch records it and goes on.

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'bad-docx'
  | 'unsupported'
  | 'read'
  | 'internal';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
    this.code = code;
  }
}

export const MB = 1024 * 1024;

/** Size limits per kind: bigger files are refused before they are read whole. */
export const SIZE_LIMITS = { txt: 50 * MB, html: 50 * MB, docx: 100 * MB } as const;

export function tooLarge(limitBytes: number): ImportError {
  return new ImportError('too-large', `文件过大（超过 ${Math.round(limitBytes / MB)} MB），未导入`);
}
