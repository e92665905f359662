/** What a view shows while it waits, when there is nothing, and when a request failed. */
import type { ComponentChildren } from 'preact';
import { failureText } from '../api/errors.ts';
import type { Loadable } from '../app/controller.ts';

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {text}
    </div>
  );
}

export function Empty({ children = '暂无数据' }: { children?: ComponentChildren }) {
  return (
    <div class="state state-empty" role="status">
      {children}
    </div>
  );
}

export function Failure({ error, retry, prefix = '加载失败' }: { error: unknown; retry?: (() => void) | undefined; prefix?: string }) {
  const detail = error && typeof error === 'object' && 'detail' in error ? String((error as { detail: unknown }).detail) : undefined;
  return (
    <div class="state state-error" role="alert" title={detail}>
      <span>{failureText(error, prefix)}</span>
      {retry ? (
        <button type="button" class="btn btn-small" onClick={retry}>
          重试
        </button>
      ) : null}
    </div>
  );
}

/** A loadable value: loading, the failure (with retry), or `children` of the value. */
export function Async<T>({ value, retry, loadingText, children }: { value: Loadable<T>; retry?: () => void; loadingText?: string; children: (value: T) => ComponentChildren }) {
  if (value.status === 'ready') return <>{children(value.value)}</>;
  if (value.status === 'failed') return <Failure error={value.error} retry={retry} />;
  if (value.status === 'loading') return <Loading {...(loadingText ? { text: loadingText } : {})} />;
  return null;
}
