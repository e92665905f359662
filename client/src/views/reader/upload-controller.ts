/**
 * The upload form's state: the file chosen, the token (kept for the browser session), the upload and
 * its job's progress, the result — or the error, with “replace” offered when the plan exists already.
 */
import type { Api } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { uploadDocument, type UploadOutcome } from '../../api/upload.ts';
import type { Catalogues } from '../../app/catalogues.ts';
import { Observable } from '../../app/controller.ts';

export const ACCEPTED = ['.txt', '.docx', '.pdf'];
/** Where the write token is kept for the browser session (uploads and plan edits pass the same guard). */
export const TOKEN_KEY = 'policy-kg.upload-token';

export type UploadStatus = { phase: 'idle' } | { phase: 'uploading'; progress: number; stage: string | null } | { phase: 'done'; result: UploadOutcome } | { phase: 'failed'; error: unknown; exists: boolean };

export interface UploadModel {
  file: { name: string; blob: Blob } | null;
  token: string;
  status: UploadStatus;
}

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export class UploadController extends Observable<UploadModel> {
  private readonly requests = new AbortController();

  constructor(
    private readonly deps: { api: Api; catalogues: Catalogues; announce(message: string): void },
    private readonly storage: TokenStorage | null,
  ) {
    super({ file: null, token: storage?.getItem(TOKEN_KEY) ?? '', status: { phase: 'idle' } });
  }

  choose(file: { name: string; blob: Blob } | null): void {
    this.update({ file, status: { phase: 'idle' } });
  }

  setToken(token: string): void {
    if (token) this.storage?.setItem(TOKEN_KEY, token);
    else this.storage?.removeItem(TOKEN_KEY);
    this.update({ token });
  }

  /** Sends the chosen file; `replace` after the server said the plan exists. */
  async upload(replace = false): Promise<UploadOutcome | null> {
    const file = this.model.file;
    if (!file) return null;
    const extension = extensionOf(file.name);
    if (!ACCEPTED.includes(extension)) {
      this.update({ status: { phase: 'failed', error: new ApiError('UNSUPPORTED_FORMAT', 415, `extension “${extension}”`), exists: false } });
      return null;
    }
    this.update({ status: { phase: 'uploading', progress: 0, stage: null } });
    try {
      const result = await uploadDocument(this.deps.api, file.blob, file.name, {
        token: this.model.token || null,
        replace,
        signal: this.requests.signal,
        onProgress: (progress, stage) => this.update({ status: { phase: 'uploading', progress, stage } }),
      });
      this.deps.catalogues.refresh();
      this.update({ status: { phase: 'done', result }, file: null });
      this.deps.announce(result.duplicateOf ? `内容相同的文件已存在：《${result.plan.title}》` : `已导入《${result.plan.title}》`);
      return result;
    } catch (error) {
      if (this.requests.signal.aborted) return null;
      this.update({ status: { phase: 'failed', error, exists: error instanceof ApiError && error.code === 'PLAN_EXISTS' } });
      return null;
    }
  }

  override destroy(): void {
    this.requests.abort();
    super.destroy();
  }
}
