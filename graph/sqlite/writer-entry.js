// The writer thread's entry (see writer-thread.ts). A worker thread does not inherit tsx's module
// hooks on Node 20, nor does `--import tsx` in its execArgv register them (tsx's loader registers only
// on the main thread), so the thread registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./writer-thread.ts');
