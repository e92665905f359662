/**
 * A pool process (forked by pool.ts): takes one document at a time over IPC, answers with progress
 * messages and one outcome. It holds no state worth saving, so the pool may kill it at any moment.
 */
import { runIngestTask, type IngestOutcome, type IngestTask } from './task.ts';
import type { ChildMessage } from './pool.ts';

/**
 * A packed contribution goes in pieces of this size, each its own message. Node's IPC copies and
 * decodes a message whole when its last byte arrives: a 5 MB plan's 63 MB contribution in one message
 * held the pool's process — the server — for ~100 ms; a piece costs it about half a millisecond.
 */
const PIECE_BYTES = 1 << 20;

const send = (message: ChildMessage) => process.send?.(message);

function sendOutcome(outcome: IngestOutcome): void {
  if (!outcome.ok) {
    send({ type: 'outcome', outcome });
    return;
  }
  const { bytes, summary } = outcome;
  for (let offset = 0; offset < bytes.length; offset += PIECE_BYTES) {
    send({ type: 'piece', offset, total: bytes.length, bytes: bytes.subarray(offset, offset + PIECE_BYTES) });
  }
  send({ type: 'outcome', outcome: { ok: true, summary } });
}

process.on('message', (task: IngestTask) => {
  runIngestTask(task, (progress) => send({ type: 'progress', ...progress })).then(
    sendOutcome,
    (error: unknown) => send({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The pool going away closes the channel: nothing is left to do.
process.on('disconnect', () => process.exit(0));
