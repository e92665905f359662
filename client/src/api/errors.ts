/**
 * Every failure of a request becomes an ApiError whose `message` is Chinese, ready to show
 * (“加载失败：…”); the server's own (English) text is kept in `detail`. The codes are the contract's
 * (ErrorBody.error.code), plus NETWORK and BAD_RESPONSE for what never reached an answer.
 */
import type { ErrorBody } from '../../../server/contract.ts';

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
  MALFORMED_DOCUMENT: '文件已损坏，无法读取',
  INPUT_TOO_LARGE: '文件过大，超出上传限制',
  PLAN_EXISTS: '该规划文件已存在',
  UNAUTHORIZED: '需要有效的上传令牌',
  FORBIDDEN: '服务器不接受写入',
  STORE_UNAVAILABLE: '图数据库暂时不可用，请稍后重试',
  STORE_CORRUPT: '图数据库暂时不可用，请稍后重试',
  STORE_WRITE_FAILED: '保存失败，图数据库暂时不可用',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  INTERNAL: '服务器内部错误',
  NETWORK: '网络错误，无法连接服务器',
  BAD_RESPONSE: '服务器返回了无法识别的数据',
};

const BY_STATUS: Record<number, string> = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'PLAN_EXISTS', 413: 'INPUT_TOO_LARGE', 429: 'RATE_LIMITED' };

/** The Chinese message for an error code (or for the HTTP status when the code is unknown). */
export function chineseMessage(code: string, status = 0): string {
  const known = MESSAGES[code] ?? MESSAGES[BY_STATUS[status] ?? ''];
  if (known) return known;
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

/** An ApiError from an error answer, whatever its body (the contract's ErrorBody, or none). */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    // not JSON: the status says what happened
  }
  const code = body?.error?.code ?? BY_STATUS[response.status] ?? `HTTP_${response.status}`;
  return new ApiError(code, response.status, body?.error?.message ?? response.statusText);
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
