// Worker thread entry: receives jobs, runs processJob, posts outcomes back. Never touches the database.
import { parentPort } from 'node:worker_threads';
import { processJob, type JobOutcome, type ParseJob } from './process-file.js';

export type WorkerRequest = { type: 'known'; shas: string[] } | { type: 'job'; id: number; job: ParseJob };
export type WorkerResponse = { type: 'result'; id: number; outcome: JobOutcome; rss: number };

const port = parentPort;
if (port) {
  let known = new Set<string>();
  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'known') {
      known = new Set(msg.shas);
      return;
    }
    void processJob(msg.job, known).then((outcome) => {
      const transfer: ArrayBuffer[] = [];
      if (outcome.status === 'ok') transfer.push(outcome.record.startMap.buffer as ArrayBuffer, outcome.record.endMap.buffer as ArrayBuffer, outcome.signature.sample.buffer as ArrayBuffer);
      const response: WorkerResponse = { type: 'result', id: msg.id, outcome, rss: process.memoryUsage().rss };
      port.postMessage(response, transfer);
    });
  });
}
