/**
 * Typed access to the policy-kg API. Every failure becomes an ApiError whose `message` is Chinese,
 * ready to show (“加载失败：…”); the server's own (English) text is kept in `detail`.
 */
import type {
  Benchmarks,
  Compare,
  DepartmentDetail,
  DepartmentList,
  DocumentDetail,
  DocumentList,
  EdgeDetail,
  Health,
  Job,
  Label,
  Matrix,
  MatrixLabel,
  Neighborhood,
  Overlap,
  Overview,
  Paths,
  Peers,
  SearchResult,
  UploadResult,
} from './types.ts';

const MESSAGES: Record<string, string> = {
  NOT_FOUND: '未找到所请求的内容',
  VALIDATION_FAILED: '请求参数无效',
  BAD_FILE_NAME: '文件名不可用（不能含路径、隐藏扩展名或以“.”开头）',
  EMPTY_INPUT: '文件内容为空',
  BINARY_INPUT: '这不是文本文档，请上传 .txt、.docx 或 .pdf 文件',
  UNSUPPORTED_FORMAT: '不支持的文件类型，仅支持 .txt、.docx、.pdf',
  FORMAT_MISMATCH: '文件内容与扩展名不符',
  UNDECODABLE_INPUT: '无法识别文件的文字编码',
  UNSAFE_ARCHIVE: '文件结构不安全，已拒绝',
  NO_TEXT_LAYER: 'PDF 没有文字层（可能是扫描件），无法读取',
  ENCRYPTED_DOCUMENT: '文件已加密或受密码保护，无法读取',
  INPUT_TOO_LARGE: '文件过大，超出上传限制',
  STORE_UNAVAILABLE: '图数据库暂时不可用，请稍后重试',
  STORE_CORRUPT: '图数据已损坏，需由管理员恢复或重新导入',
  UNAUTHORIZED: '需要写入令牌，或令牌不正确',
  FORBIDDEN: '写入请求被拒绝（须来自本站页面）',
  WRITES_DISABLED: '服务器未开放写入（未配置写入令牌）',
  PLAN_EXISTS: '同名规划已存在，未作替换',
  QUEUE_FULL: '待解析的文件过多，请稍后再试',
  INGEST_TIMEOUT: '文件解析超时，已停止',
  INGEST_OUT_OF_MEMORY: '文件解析所需内存过大，已停止',
  MALFORMED_REQUEST: '请求格式有误',
  STORE_WRITE_FAILED: '保存失败，图数据库暂时不可用',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  INTERNAL: '服务器内部错误',
  NETWORK: '网络错误，无法连接服务器',
  BAD_RESPONSE: '服务器返回了无法识别的数据',
};

/** The Chinese message for an error code (or HTTP status when the code is unknown). */
export function chineseMessage(code: string, status = 0): string {
  const known = MESSAGES[code];
  if (known) return known;
  if (status === 404) return MESSAGES.NOT_FOUND as string;
  if (status === 413) return MESSAGES.INPUT_TOO_LARGE as string;
  if (status === 429) return MESSAGES.RATE_LIMITED as string;
  if (status >= 500) return `服务器错误（HTTP ${status}）`;
  return status > 0 ? `请求失败（HTTP ${status}）` : '请求失败';
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    /** The server's own text (English), for the tooltip / console. */
    readonly detail: string,
  ) {
    super(chineseMessage(code, status));
    this.name = 'ApiError';
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}

/** "加载失败：…" for any error. */
export function failureText(error: unknown, prefix = '加载失败'): string {
  const message = error instanceof ApiError ? error.message : MESSAGES.NETWORK;
  return `${prefix}：${message}`;
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  let code = `HTTP_${response.status}`;
  let detail = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) detail = body.error.message;
  } catch {
    // not JSON: keep the status
  }
  return new ApiError(code, response.status, detail);
}

export async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${path}${queryString(query)}`, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK', 0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('BAD_RESPONSE', response.status, 'response is not JSON');
  }
}

const id = (value: string) => encodeURIComponent(value);

const TOKEN_KEY = 'policy-kg.write-token';

/** The write token the user entered, kept for this tab only. */
export const writeToken = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (token: string): void => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)),
};

/** What every write sends: the header a cross-site page cannot, and the token when there is one. */
function writeHeaders(): Record<string, string> {
  const token = writeToken.get();
  return { 'X-Requested-With': 'policy-kg', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

const JOB_POLL_MS = 400;

/** Polls an upload job to its end: its result, or its error as an ApiError. */
async function followJob(job: Job, onProgress?: (fraction: number) => void): Promise<UploadResult> {
  for (let current = job; ; ) {
    onProgress?.(0.5 + current.progress / 2);
    if (current.status === 'done' && current.result) return current.result;
    if (current.status === 'failed') throw new ApiError(current.error?.code ?? 'INTERNAL', 0, current.error?.message ?? 'upload failed');
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    current = (await getJson<{ job: Job }>(`/api/jobs/${id(current.id)}`)).job;
  }
}

/** Sends a document as multipart field `file`; the answer is its job. */
function sendUpload(file: File, onProgress?: (fraction: number) => void): Promise<Job> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve((body as { job: Job }).job);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new ApiError(error?.code ?? `HTTP_${xhr.status}`, xhr.status, error?.message ?? xhr.statusText));
    });
    xhr.addEventListener('error', () => reject(new ApiError('NETWORK', 0, 'upload failed')));
    xhr.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const api = {
  health: (signal?: AbortSignal) => getJson<Health>('/api/health', {}, signal),
  overview: (signal?: AbortSignal) => getJson<Overview>('/api/overview', {}, signal),
  matrix: (label: MatrixLabel, cities?: string[], signal?: AbortSignal) => getJson<Matrix>('/api/matrix', { label, cities }, signal),
  /** `limit` omitted: the server's default number of cities (most sentences first). */
  overlap: (concept: string, related: boolean, signal?: AbortSignal, limit?: number) =>
    getJson<Overlap>('/api/overlap', { concept, related: related ? 'true' : undefined, limit: limit === undefined ? undefined : String(limit) }, signal),
  search: (q: string, options: { label?: Label; city?: string; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<SearchResult>('/api/search', { q, label: options.label, city: options.city, limit: options.limit }, signal),
  compare: (a: string, b: string, signal?: AbortSignal) => getJson<Compare>('/api/compare', { a, b }, signal),
  peers: (city: string, signal?: AbortSignal) => getJson<Peers>('/api/peers', { city }, signal),
  benchmarks: (options: { metric?: string; all?: boolean; cities?: string[] } = {}, signal?: AbortSignal) =>
    getJson<Benchmarks>('/api/benchmarks', { metric: options.metric, all: options.all ? 'true' : undefined, cities: options.cities }, signal),
  departments: (city?: string, signal?: AbortSignal) => getJson<DepartmentList>('/api/departments', { city }, signal),
  department: (departmentId: string, signal?: AbortSignal) => getJson<DepartmentDetail>(`/api/departments/${id(departmentId)}`, {}, signal),
  neighborhood: (nodeId: string, options: { depth?: 1 | 2; labels?: Label[]; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<Neighborhood>('/api/graph/neighborhood', { id: nodeId, depth: options.depth, labels: options.labels, limit: options.limit }, signal),
  path: (from: string, to: string, signal?: AbortSignal) => getJson<Paths>('/api/graph/path', { from, to }, signal),
  edge: (edgeId: string, signal?: AbortSignal) => getJson<EdgeDetail>('/api/graph/edge', { id: edgeId }, signal),
  documents: (signal?: AbortSignal) => getJson<DocumentList>('/api/documents', {}, signal),
  document: (planId: string, focus?: { start: number; end: number } | null, signal?: AbortSignal) =>
    getJson<DocumentDetail>(`/api/documents/${id(planId)}`, focus ? { focusStart: focus.start, focusEnd: focus.end } : {}, signal),
  exportUrl: (format: 'json' | 'graphml' | 'csv', part?: 'nodes' | 'edges') => `/api/export${queryString({ format, part })}`,
  /** Upload a document (multipart field `file`) and follow its job, reporting progress 0…1 (sending, then processing). */
  async upload(file: File, onProgress?: (fraction: number) => void): Promise<UploadResult> {
    return followJob(await sendUpload(file, (fraction) => onProgress?.(fraction / 2)), onProgress);
  },
};
