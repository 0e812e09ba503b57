import { migration as m0001 } from './0001-documents.js';
import { migration as m0002 } from './0002-review.js';
import { migration as m0003 } from './0003-report-list.js';
import { migration as m0004 } from './0004-finding-quote.js';
import { migration as m0005 } from './0005-list-sort-indexes.js';
import { migration as m0006 } from './0006-text-signatures.js';
import { migration as m0007 } from './0007-deferred-text-index.js';
import { migration as m0008 } from './0008-signature-keys.js';

export interface Migration {
  version: number;
  name: string;
  /** SQL run in one transaction; the runner sets user_version afterwards */
  up: string;
}

/** In order; each version exactly one more than the last. Add a file, then add it here. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008];
