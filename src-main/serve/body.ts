// Request bodies: JSON calls and uploads (multipart/form-data parts named `file`, or the raw bytes of one
// file named by X-File-Name), with a size limit so a page cannot exhaust memory.
import type { IncomingMessage } from 'node:http';

// above the largest file the importer accepts (.docx, 100 MB), so a single upload never hits it
export const MAX_BODY = 256 * 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor() {
    super(`请求体超过 ${MAX_BODY / 1024 / 1024} MB 的上限`);
  }
}

export async function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.destroy();
      throw new BodyTooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The import.upload input ({ files: [{ name, data }] }) from either upload form. */
export async function parseUpload(req: IncomingMessage): Promise<{ files: { name: string; data: Uint8Array }[] }> {
  const type = req.headers['content-type'] ?? '';
  const body = await readBody(req);
  if (type.startsWith('multipart/form-data')) {
    // undici's multipart parser (global Request in Node 20) rather than a dependency.
    const form = await new Request('http://127.0.0.1/upload', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
    const files: { name: string; data: Uint8Array }[] = [];
    for (const [, value] of form.entries()) {
      if (typeof value === 'string') continue;
      files.push({ name: value.name || 'upload', data: new Uint8Array(await value.arrayBuffer()) });
    }
    if (!files.length) throw new Error('上传内容中没有文件（表单字段应为 file）');
    return { files };
  }
  const rawName = req.headers['x-file-name'];
  const name = typeof rawName === 'string' && rawName ? decodeURIComponent(rawName) : '';
  if (!name) throw new Error('上传原始字节时须用 X-File-Name 头给出文件名');
  return { files: [{ name, data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) }] };
}
