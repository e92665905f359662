/**
 * Tiny, safe DOM helpers. Text from data only ever becomes text nodes (textContent); there is no
 * HTML-string path anywhere in the client. Event handlers are functions, never attribute strings.
 */
import { splitByTerm } from './format.ts';

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (event: Event) => void;
export type Attrs = {
  class?: string | null | undefined;
  style?: Record<string, string> | null | undefined;
  dataset?: Record<string, string> | null | undefined;
} & Record<string, string | number | boolean | null | undefined | Handler | Record<string, string>>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

/** el('a', { href: '/x', class: 'link', onclick: fn }, 'text', otherNode) */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = String(value);
      else if (key === 'style' && typeof value === 'object') {
        for (const [prop, v] of Object.entries(value as Record<string, string>)) node.style.setProperty(prop, v);
      } else if (key === 'dataset' && typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, string>)) node.dataset[k] = v;
      } else if (key.startsWith('on')) {
        if (typeof value !== 'function') throw new Error(`el(): ${key} must be a function`);
        node.addEventListener(key.slice(2).toLowerCase(), value as Handler);
      } else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, String(value));
    }
  }
  for (const child of children) append(node, child);
  return node;
}

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children) {
    if (typeof child === 'string') node.appendChild(document.createTextNode(child));
    else node.appendChild(child);
  }
  return node;
}

/** Replaces every child of `node`. */
export function setChildren(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  for (const child of children) append(node, child);
}

/** The text with every occurrence of `term` wrapped in <mark> (built with DOM APIs). */
export function markTerm(text: string, term: string | null | undefined): Node[] {
  return splitByTerm(text, term).map((part) => (part.match ? el('mark', null, part.text) : document.createTextNode(part.text)));
}

/** Saves a Blob as a file. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, class: 'visually-hidden' });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Calls `fn` at most once per `ms`, with the latest arguments (trailing). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const wrapped = (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, ms);
  };
  wrapped.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return wrapped;
}

let idCounter = 0;
/** A unique element id for aria relations. */
export function uid(prefix = 'pkg'): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
