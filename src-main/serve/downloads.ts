// Files browser mode offers for download (exported workbooks): an unguessable id per file, looked up by
// GET /api/download/<id>. Only paths the service itself wrote are ever registered.
import { randomBytes } from 'node:crypto';

export class Downloads {
  private readonly files = new Map<string, string>();
  constructor(private readonly token: string) {}

  /** Registers a file and returns the URL (token included) the page can open. */
  offer(path: string): string {
    const id = randomBytes(12).toString('hex');
    this.files.set(id, path);
    return `/api/download/${id}?token=${encodeURIComponent(this.token)}`;
  }

  get(id: string): string | undefined {
    return this.files.get(id);
  }
}
