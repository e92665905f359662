/**
 * A pool process (forked by pool.ts): takes one document at a time over IPC, answers with progress
 * messages and one outcome. It holds no state worth saving, so the pool may kill it at any moment.
 */
import { runIngestTask, type IngestTask } from './task.ts';
import type { ChildMessage } from './pool.ts';

const send = (message: ChildMessage) => process.send?.(message);

process.on('message', (task: IngestTask) => {
  runIngestTask(task, (progress) => send({ type: 'progress', ...progress })).then(
    (outcome) => send({ type: 'outcome', outcome }),
    (error: unknown) => send({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The pool going away closes the channel: nothing is left to do.
process.on('disconnect', () => process.exit(0));
