// Worker thread entry: receives jobs, runs processJob, posts outcomes back. Never touches the database.
import { parentPort } from 'node:worker_threads';
import { processJob, type JobOutcome, type ParseJob } from './process-file.js';

export type WorkerRequest = { type: 'known'; shas: string[] } | { type: 'job'; id: number; job: ParseJob };
export type WorkerResponse = { type: 'result'; id: number; outcome: JobOutcome; rss: number };

const port = parentPort;
if (port) {
  let known = new Set<string>();
  // The pool posts a job ahead of the one running; jobs run one after another, in the order posted.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'known') {
      known = new Set(msg.shas);
      return;
    }
    queue = queue.then(() => processJob(msg.job, known)).then((outcome) => {
      const transfer: ArrayBuffer[] = [];
      if (outcome.status === 'ok') transfer.push(outcome.record.startMap.buffer as ArrayBuffer, outcome.record.endMap.buffer as ArrayBuffer, outcome.signature.sample.buffer as ArrayBuffer);
      const response: WorkerResponse = { type: 'result', id: msg.id, outcome, rss: process.memoryUsage().rss };
      try {
        port.postMessage(response, transfer);
      } catch (e) {
        // an outcome that cannot be sent fails its file alone; the queue goes on
        const failed: JobOutcome = { status: 'failed', error: `解析失败：${e instanceof Error ? e.message : String(e)}` };
        port.postMessage({ type: 'result', id: msg.id, outcome: failed, rss: process.memoryUsage().rss } satisfies WorkerResponse);
      }
    });
  });
}
