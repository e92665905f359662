/** Shared widgets: states (loading / empty / error), links, evidence, search with autocomplete, bars. */
import { api, failureText, isAbort } from './api.ts';
import { navigate } from './app.ts';
import { debounce, el, markTerm, uid, type Child } from './dom.ts';
import { LABEL_STYLES } from './elements.ts';
import { evidenceSentence, LABEL_NAMES, ROLE_NAMES, ROLE_ORDER, formatNumber } from './format.ts';
import { hrefTo, readerHref } from './state.ts';
import type { EntityRef, Evidence, Label, PlanSummary, Role, RoleCounts, SearchHit } from './types.ts';

export function loading(text = '正在加载…'): HTMLElement {
  return el('div', { class: 'state state-loading', role: 'status', 'aria-live': 'polite' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(text = '暂无数据'): HTMLElement {
  return el('div', { class: 'state state-empty', role: 'status' }, text);
}

export function failure(error: unknown, retry?: () => void, prefix = '加载失败'): HTMLElement {
  const detail = error && typeof error === 'object' && 'detail' in error ? String((error as { detail: unknown }).detail) : '';
  return el(
    'div',
    { class: 'state state-error', role: 'alert', ...(detail ? { title: detail } : {}) },
    el('span', null, failureText(error, prefix)),
    retry ? el('button', { type: 'button', class: 'btn btn-small', onclick: () => retry() }, '重试') : null,
  );
}

/** Runs `load` and shows loading → result / error inside `host`; aborted loads are silent. */
export async function loadInto<T>(host: Element, load: () => Promise<T>, render: (value: T) => Child, loadingText?: string): Promise<T | undefined> {
  host.replaceChildren(loading(loadingText));
  try {
    const value = await load();
    host.replaceChildren();
    const content = render(value);
    const nodes = Array.isArray(content) ? content : [content];
    for (const n of nodes as Child[]) if (n instanceof Node) host.appendChild(n);
    return value;
  } catch (error) {
    if (isAbort(error)) return undefined;
    host.replaceChildren(failure(error, () => void loadInto(host, load, render, loadingText)));
    return undefined;
  }
}

/** An in-app link (the router intercepts same-origin clicks). */
export function link(href: string, children: Child, attrs: Record<string, string> = {}): HTMLAnchorElement {
  return el('a', { href, ...attrs }, children);
}

export function labelDot(label: Label): HTMLElement {
  return el('span', { class: 'dot', style: { 'background-color': LABEL_STYLES[label].color }, 'aria-hidden': 'true' });
}

export function labelTag(label: Label): HTMLElement {
  return el('span', { class: 'tag' }, labelDot(label), LABEL_NAMES[label]);
}

/** The view that best shows an entity. */
export function entityHref(entity: { id: string; label: Label; name: string }): string {
  if (entity.label === 'Department') return hrefTo('departments', { id: entity.id });
  if (entity.label === 'Industry') return hrefTo('overlap', { concept: entity.name });
  if (entity.label === 'Plan') return hrefTo('reader', { plan: entity.id });
  return hrefTo('explore', { id: entity.id });
}

export function entityLink(entity: Pick<EntityRef, 'id' | 'label' | 'name'>, text?: string): HTMLAnchorElement {
  return link(entityHref(entity), [labelDot(entity.label), text ?? entity.name], { class: 'entity-link', title: `${LABEL_NAMES[entity.label]}：${entity.name}` });
}

export function exploreLink(id: string, text = '在探索中查看'): HTMLAnchorElement {
  return link(hrefTo('explore', { id }), text, { class: 'btn btn-small btn-ghost' });
}

export function roleBadge(role: Role): HTMLElement {
  return el('span', { class: `role role-${role}` }, ROLE_NAMES[role]);
}

/** A horizontal stacked bar of role counts (牵头 / 负责 / 配合 / 共同 / 承接). */
export function roleBar(counts: RoleCounts, max: number): HTMLElement {
  const values: Record<Role, number> = { lead: counts.led, responsible: counts.responsible, cooperating: counts.cooperating, joint: counts.joint, implicit: counts.implicit };
  const total = ROLE_ORDER.reduce((s, r) => s + values[r], 0);
  const label = ROLE_ORDER.map((r) => `${ROLE_NAMES[r]} ${values[r]}`).join('，');
  return el(
    'div',
    { class: 'role-bar', role: 'img', 'aria-label': label, title: label },
    ROLE_ORDER.filter((r) => values[r] > 0).map((r) => el('span', { class: `seg role-${r}`, style: { width: `${(values[r] / Math.max(1, max)) * 100}%` } })),
    total === 0 ? el('span', { class: 'role-bar-empty' }, '无') : null,
  );
}

export function roleLegend(): HTMLElement {
  return el(
    'div',
    { class: 'legend-inline', 'aria-label': '角色图例' },
    ROLE_ORDER.map((r) => el('span', { class: 'legend-item' }, el('span', { class: `swatch role-${r}` }), ROLE_NAMES[r])),
  );
}

/** A bar proportional to value/max, with the number after it. */
export function bar(value: number, max: number, options: { color?: string; text?: string; label?: string } = {}): HTMLElement {
  const width = max > 0 ? Math.max(2, (value / max) * 100) : 0;
  return el(
    'div',
    { class: 'bar', ...(options.label ? { 'aria-label': options.label, role: 'img' } : {}) },
    el('span', { class: 'bar-fill', style: { width: `${width}%`, ...(options.color ? { 'background-color': options.color } : {}) } }),
    el('span', { class: 'bar-value' }, options.text ?? formatNumber(value)),
  );
}

/** One evidence sentence: the matched term in <mark>, the plan, a link that opens the reader there. */
export function evidenceItem(evidence: Evidence, plans: Map<string, PlanSummary>, extra?: Child): HTMLElement {
  const sentence = evidenceSentence(evidence);
  const plan = plans.get(evidence.plan);
  return el(
    'li',
    { class: 'evidence' },
    el('blockquote', { class: 'evidence-quote' }, markTerm(sentence, evidence.term)),
    el(
      'div',
      { class: 'evidence-meta' },
      extra ?? null,
      el('span', { class: 'evidence-plan', title: evidence.plan }, plan ? `《${plan.title}》` : evidence.plan),
      link(readerHref(evidence), '查看原文 →', { class: 'evidence-link', 'aria-label': `在原文中查看：${sentence.slice(0, 30)}` }),
    ),
  );
}

/** A list of evidence, the first `limit` shown, the rest behind “显示全部”. */
export function evidenceList<E extends Evidence>(evidence: E[], plans: Map<string, PlanSummary>, limit = 6, extra?: (e: E) => Child): HTMLElement {
  const list = el('ul', { class: 'evidence-list' });
  if (evidence.length === 0) return el('div', null, empty('暂无原文证据'));
  const render = (all: boolean) => {
    list.replaceChildren(...(all ? evidence : evidence.slice(0, limit)).map((e) => evidenceItem(e, plans, extra?.(e))));
    if (!all && evidence.length > limit) {
      list.appendChild(el('li', { class: 'more' }, el('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: () => render(true) }, `显示全部 ${evidence.length} 条`)));
    }
  };
  render(false);
  return list;
}

/** A group of toggle buttons; exactly one pressed. */
export function segmented<T extends string>(options: { value: T; label: string }[], value: T, onChange: (value: T) => void, ariaLabel: string): HTMLElement {
  const group = el('div', { class: 'segmented', role: 'group', 'aria-label': ariaLabel });
  for (const option of options) {
    group.appendChild(
      el(
        'button',
        {
          type: 'button',
          class: 'seg-btn',
          'aria-pressed': option.value === value ? 'true' : 'false',
          dataset: { value: option.value },
          onclick: () => {
            for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', b.dataset.value === option.value ? 'true' : 'false');
            onChange(option.value);
          },
        },
        option.label,
      ),
    );
  }
  return group;
}

export interface SearchBoxOptions {
  placeholder: string;
  ariaLabel: string;
  label?: Label;
  value?: string;
  limit?: number;
  onPick(hit: SearchHit): void;
  /** Enter with no suggestion highlighted. */
  onSubmit?(text: string): void;
}

/** A combobox: type → suggestions from /api/search (debounced), arrows / Enter / Escape. */
export function searchBox(options: SearchBoxOptions): { element: HTMLElement; input: HTMLInputElement; setValue(value: string): void } {
  const listId = uid('suggest');
  const input = el('input', {
    type: 'search',
    class: 'input',
    placeholder: options.placeholder,
    'aria-label': options.ariaLabel,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    value: options.value ?? '',
  });
  const list = el('ul', { class: 'suggestions', id: listId, role: 'listbox', hidden: true, 'aria-label': '搜索建议' });
  const wrapper = el('div', { class: 'combo' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    const option = list.children[index] as HTMLElement | undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const render = (query: string) => {
    list.replaceChildren();
    if (hits.length === 0) {
      list.appendChild(el('li', { class: 'suggestion-empty', role: 'presentation' }, `没有找到“${query}”`));
    }
    hits.forEach((hit, i) => {
      list.appendChild(
        el(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(hit);
            },
          },
          labelDot(hit.label),
          el('span', { class: 'suggestion-name' }, hit.name),
          hit.matched !== hit.name ? el('span', { class: 'suggestion-alias' }, `（${hit.matched}）`) : null,
          el('span', { class: 'suggestion-meta' }, [LABEL_NAMES[hit.label], hit.city ?? ''].filter(Boolean).join(' · ')),
        ),
      );
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const lookup = debounce(async (query: string) => {
    controller?.abort();
    if (!query) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      const result = await api.search(query, { ...(options.label ? { label: options.label } : {}), limit: options.limit ?? 12 }, controller.signal);
      if (input.value.trim() !== query) return;
      hits = result.results;
      render(query);
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      list.replaceChildren(el('li', { class: 'suggestion-empty', role: 'presentation' }, failureText(error, '搜索失败')));
      list.hidden = false;
    }
  }, 160);

  input.addEventListener('input', () => lookup(input.value.trim()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      highlight(Math.min(hits.length - 1, active + 1));
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = active >= 0 ? hits[active] : undefined;
      if (hit) pick(hit);
      else if (options.onSubmit && input.value.trim()) {
        close();
        options.onSubmit(input.value.trim());
      } else if (hits[0] && !list.hidden) pick(hits[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return {
    element: wrapper,
    input,
    setValue(value: string) {
      input.value = value;
    },
  };
}

/** A small “导出” menu: each item runs an export. */
export function exportMenu(items: { label: string; run: () => void | Promise<void> }[], ariaLabel = '导出当前图谱'): HTMLElement {
  const details = el('details', { class: 'menu' });
  const summary = el('summary', { class: 'btn', 'aria-label': ariaLabel }, '导出 ▾');
  const list = el('div', { class: 'menu-list', role: 'menu' });
  for (const item of items) {
    list.appendChild(
      el(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'menu-item',
          onclick: async () => {
            details.open = false;
            await item.run();
          },
        },
        item.label,
      ),
    );
  }
  details.append(summary, list);
  return details;
}

/** A heading with an optional count badge. */
export function heading(level: 'h2' | 'h3', text: string, count?: number, ...extra: Child[]): HTMLElement {
  return el(level, { class: 'heading' }, text, count !== undefined ? el('span', { class: 'count' }, formatNumber(count)) : null, ...extra);
}

/** Clicking an element with `data-href` navigates (for table rows / cards that are not anchors). */
export function go(href: string): void {
  navigate(href);
}
