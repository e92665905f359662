/**
 * A forward-only tokenizer for the XML parts of a .docx. Office XML never needs a DTD, so any
 * `<!DOCTYPE` or `<!ENTITY` is refused before tokenizing: that is how "billion laughs" entity bombs and
 * external-entity reads work, and refusing them means no entity is ever expanded here.
 */
import { errors } from '../../core/errors.ts';

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export function refuseDtd(file: string, part: string, xml: string): void {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) {
    throw errors.unsafeArchive(file, `${part} declares a DTD or XML entities, which Word never writes (the shape of an XML entity bomb)`);
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#')) {
      const code = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    // Without a DTD only the five predefined entities exist; anything else stays literal.
    return PREDEFINED[ref] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[match[1] as string] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

/** Tokens in document order; comments and processing instructions are skipped, CDATA is text. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      yield { kind: 'text', text: decodeEntities(xml.slice(at)) };
      return;
    }
    if (lt > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, lt)) };
    if (xml.startsWith('<!--', lt)) {
      at = endOf(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      yield { kind: 'text', text: xml.slice(lt + 9, end < 0 ? xml.length : end) };
      at = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      at = endOf(xml, '>', lt);
    } else {
      const gt = tagEnd(xml, lt);
      if (gt < 0) return;
      yield tagToken(xml.slice(lt + 1, gt));
      at = gt + 1;
    }
  }
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? xml.length : end + terminator.length;
}

/** The `>` closing the tag opened at `lt`; attribute values may legally contain `>` themselves. */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i += 1) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

function tagToken(inner: string): XmlToken {
  if (inner.startsWith('/')) return { kind: 'close', name: inner.slice(1).trim() };
  const selfClosing = inner.endsWith('/');
  const body = selfClosing ? inner.slice(0, -1) : inner;
  const space = body.search(/\s/);
  const name = space < 0 ? body : body.slice(0, space);
  return { kind: 'open', name, attrs: space < 0 ? {} : parseAttributes(body.slice(space)), selfClosing };
}
