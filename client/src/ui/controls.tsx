/** Small controls shared by the views: a segmented switch, headings with counts, a menu of actions, a pager. */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { formatNumber } from '../format.ts';

export function Segmented<T extends string>({ options, value, onChange, label }: { options: readonly { value: T; label: string }[]; value: T; onChange: (value: T) => void; label: string }) {
  return (
    <div class="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option.value} type="button" class="seg-btn" aria-pressed={option.value === value ? 'true' : 'false'} data-value={option.value} onClick={() => onChange(option.value)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}

export function Heading({ level = 2, text, count, children }: { level?: 2 | 3; text: string; count?: number | undefined; children?: ComponentChildren }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag class="heading">
      {text}
      {count !== undefined ? <span class="count">{formatNumber(count)}</span> : null}
      {children}
    </Tag>
  );
}

export interface MenuItem {
  label: string;
  run(): void | Promise<void>;
}

/** A drop-down (<details>) of actions, closed again after one runs. */
export function Menu({ label, items, ariaLabel }: { label: string; items: MenuItem[]; ariaLabel: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details class="menu" ref={details}>
      <summary class="btn" aria-label={ariaLabel}>
        {label} ▾
      </summary>
      <div class="menu-list" role="menu">
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            class="menu-item"
            onClick={async () => {
              if (details.current) details.current.open = false;
              await item.run();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </details>
  );
}

/** Previous and next page of a list shown `size` rows at a time; nothing when it fits one page. */
export function Pager({ offset, shown, total, size, onTurn }: { offset: number; shown: number; total: number; size: number; onTurn(step: number): void }) {
  if (total <= size) return null;
  return (
    <div class="pager" role="navigation" aria-label="翻页">
      <button type="button" class="btn btn-small" disabled={offset === 0} onClick={() => onTurn(-1)}>
        上一页
      </button>
      <span class="small muted">
        第 {formatNumber(offset + 1)}–{formatNumber(offset + shown)} 条
      </span>
      <button type="button" class="btn btn-small" disabled={offset + shown >= total} onClick={() => onTurn(1)}>
        下一页
      </button>
    </div>
  );
}
