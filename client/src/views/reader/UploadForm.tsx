/** 上传文件: choose a .txt/.docx/.pdf, an optional token, upload; progress, result, or the error (with “replace” when the plan exists). */
import { useId } from 'preact/hooks';
import { failureText } from '../../api/errors.ts';
import { hrefTo } from '../../app/links.ts';
import { useController } from '../../app/use-controller.ts';
import { formatNumber } from '../../format.ts';
import { ACCEPTED, UploadController } from './upload-controller.ts';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function UploadForm({ onUploaded }: { onUploaded(): void }) {
  const upload = useController((deps) => new UploadController(deps, sessionStore()));
  const id = useId();
  const { file, status, token } = upload.model;
  const send = async (replace: boolean) => {
    if (await upload.upload(replace)) onUploaded();
  };
  return (
    <form class="upload" aria-label="上传规划文件" onSubmit={(e) => { e.preventDefault(); void send(false); }}>
      <div class="small"><strong>上传文件</strong><span class="muted">（{ACCEPTED.join('、')}）</span></div>
      <div class="file-pick">
        <input type="file" class="file-input" id={`${id}-file`} accept={ACCEPTED.join(',')} aria-label="选择要上传的文件（.txt、.docx、.pdf）" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; upload.choose(f ? { name: f.name, blob: f } : null); }} />
        <label for={`${id}-file`} class="btn btn-small">选择文件…</label>
        <span class="file-name">{file?.name ?? '未选择文件'}</span>
      </div>
      <label class="small token-field">
        <span class="muted">上传令牌（如服务器要求）</span>
        <input type="password" class="input" autocomplete="off" value={token} aria-label="上传令牌" onInput={(e) => upload.setToken((e.target as HTMLInputElement).value.trim())} />
      </label>
      <div class="actions">
        <button type="submit" class="btn btn-primary btn-small" disabled={!file || status.phase === 'uploading'}>上传并解析</button>
      </div>
      {status.phase === 'uploading' ? <progress max={1} value={status.progress} aria-label="解析进度" /> : null}
      <div class={`upload-result${status.phase === 'failed' ? ' error' : ''}`} role="status" aria-live="polite">
        {status.phase === 'uploading' ? `正在上传并解析…${status.stage ? `（${status.stage}）` : ''}` : null}
        {status.phase === 'failed' ? (
          <>
            {failureText(status.error, '上传失败')}
            {status.exists ? <button type="button" class="btn btn-small" onClick={() => void send(true)}>替换已有文件</button> : null}
          </>
        ) : null}
        {status.phase === 'done' ? (
          <>
            <span>已导入：<strong class="upload-title">《{status.result.plan.title}》</strong></span>
            <span class="muted small">{status.result.plan.city ?? '未识别城市'} · {formatNumber(status.result.nodes)} 个节点 · {formatNumber(status.result.edges)} 条关系</span>
            <a href={hrefTo('reader', { plan: status.result.plan.id })} class="small">打开该文件 →</a>
            {status.result.warnings.length > 0 ? (
              <details class="small"><summary>解析提示 {status.result.warnings.length} 条</summary><ul class="warning-list">{status.result.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul></details>
            ) : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
