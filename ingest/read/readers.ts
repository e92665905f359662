/** The readers for binary document formats; plain text needs none. */
import type { Config } from '../../core/config.ts';
import type { DocumentReaders } from './index.ts';

export function defaultReaders(_config: Config): DocumentReaders {
  return {};
}
