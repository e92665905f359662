/**
 * The lines of the 通知 that issues a plan, recognised one by one (the layout decides which of them
 * really wrap the plan):
 *
 *   关于印发《某某市推进新型工业化三年行动计划（2024—2026年）》的通知   notice title
 *   某政办发〔2024〕12号                                              document number (文号)
 *   各县（市、区）人民政府，市各委、办、局，市各直属单位：              salutation (addressees)
 *   《…》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。         transmittal
 *   某某市人民政府办公室                                              issuer (signature)
 *   2024年3月8日                                                      date
 *   （此件公开发布）                                                  publication marker
 *   附件：某某市…行动计划                                             annex
 *   抄送：… / 某某市人民政府办公室 2024年3月8日印发                   distribution block (版记)
 */
import { displayWidth } from '../normalise/join-wraps.ts';
import { findDate } from './dates.ts';
import { readInfoFields, type InfoField } from './info-fields.ts';

/** 某政办发〔2024〕12号, 苏政发[2023]5号, 澄政办发（2023）66号 — the issuing organ's abbreviation, the year in brackets, the number. */
const DOCUMENT_NUMBER = /[\p{Script=Han}]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号/u;
const ORGAN_END = /(?:人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|管理委员会|管委会|市委|县委|区委|州委|党委|[局厅委办])$/;
const ADDRESSEE = /(?:人民政府|政府|部门|单位|委|办|局|管委会|管理委员会|办事处|街道|乡镇|园区|机构|企业)/;

export type WrapperLine =
  | { kind: 'info'; fields: InfoField[] }
  | { kind: 'letterhead'; issuer: string }
  | { kind: 'notice-title'; issuer: string; title: string; titleStart: number }
  | { kind: 'document-number'; number: string; start: number }
  | { kind: 'salutation' }
  | { kind: 'transmittal'; title: string | null; titleStart: number }
  | { kind: 'issuer'; names: { name: string; start: number }[] }
  | { kind: 'date'; iso: string; start: number; end: number }
  | { kind: 'signature'; name: string; iso: string; dateStart: number; dateEnd: number }
  | { kind: 'publication' }
  | { kind: 'annex'; title: string | null; titleStart: number }
  | { kind: 'distribution' };

/**
 * `关于印发《X》的通知`, `某某市人民政府关于印发X的通知`, `某某市人民政府印发X的通知`, `《X》的通知` (a
 * copy that lost its head); a title printed over two lines arrives with its line break.
 */
function noticeTitle(text: string): WrapperLine | null {
  const match =
    /^([^\n。；，]{0,40}?)关于(?:印发|转发|下发|发布|公布|颁发)([^。；]+?)的(?:通知|决定)$/u.exec(text) ??
    // 某某市人民政府印发某某方案的通知: without 关于, the issuer is named.
    /^([^\n。；，《]{2,40}?(?:人民政府|政府|办公室|办公厅|委员会|[局厅]))(?:印发|转发)([^。；]+?)的通知$/u.exec(text) ??
    /^()《([^。；]+)》的通知$/u.exec(text);
  if (!match) return null;
  const issuer = match[1] as string;
  let title = match[2] as string;
  let titleStart = text.indexOf(title, issuer.length);
  const quoted = /^《(.+)》$/u.exec(title);
  if (quoted) {
    title = quoted[1] as string;
    titleStart += 1;
  }
  return { kind: 'notice-title', issuer, title, titleStart };
}

/** The 《》 title a transmittal or annex line hands over: the one just before 印发 (现将《X》印发给你们), else the first. */
function quotedTitle(text: string): { title: string; start: number } | null {
  const titles = [...text.matchAll(/《([^《》]+)》/gu)];
  const handed = titles.find((m) => /^[^《。；]{0,40}?(?:印发|发给)/u.test(text.slice((m.index ?? 0) + m[0].length))) ?? titles[0];
  return handed ? { title: handed[1] as string, start: (handed.index ?? 0) + 1 } : null;
}

function organNames(text: string): { name: string; start: number }[] | null {
  if (displayWidth(text) > 64 || /[。；：:，,]/.test(text)) return null;
  const names: { name: string; start: number }[] = [];
  // Joint issuers share a line, separated by spaces that cleaning removed: 中共某市委某市人民政府.
  for (const part of text.matchAll(/(?:中共)?[^\s、]+?(?:人民政府办公室|人民政府|政府办公室|办公室|办公厅|委员会|领导小组办公室|领导小组|指挥部|管理委员会|管委会|市委|县委|区委|州委|党委|[局厅委办])(?=中共|$|[\s、])/gu)) {
    names.push({ name: part[0], start: part.index ?? 0 });
  }
  const covered = names.reduce((sum, n) => sum + n.name.length, 0);
  return names.length > 0 && covered >= text.replace(/[\s、]/g, '').length ? names : null;
}

/** What kind of wrapper line `text` is, if any. */
export function classifyWrapperLine(text: string): WrapperLine | null {
  const fields = readInfoFields(text);
  if (fields) return { kind: 'info', fields };
  const notice = noticeTitle(text);
  if (notice) return notice;
  // 某某市人民政府办公室文件: the red letterhead of an official document.
  const letterhead = /^(.{2,30}?)文件$/u.exec(text);
  if (letterhead && ORGAN_END.test(letterhead[1] as string)) return { kind: 'letterhead', issuer: letterhead[1] as string };
  const number = DOCUMENT_NUMBER.exec(text);
  if (number && /^[（(]?$/.test(text.slice(0, number.index)) && /^[）)]?$/.test(text.slice(number.index + number[0].length))) {
    return { kind: 'document-number', number: number[0].replace(/\s+/g, ''), start: number.index };
  }
  if (/^[（(](?:此件|本件)[^）)]{0,12}[）)]$/.test(text)) return { kind: 'publication' };
  if (/^(?:抄送|抄报|主送|主题词|关键词)[：:]/.test(text) || /印发$/.test(text)) return { kind: 'distribution' };
  const annex = /^附\s*件\s*\d{0,2}\s*[：:]?\s*(.*)$/u.exec(text);
  if (annex && !/[。；]/.test(annex[1] as string) && displayWidth(annex[1] as string) <= 80) {
    const quoted = quotedTitle(text);
    const bare = (annex[1] as string).length > 0 ? { title: annex[1] as string, start: text.length - (annex[1] as string).length } : null;
    const title = quoted ?? bare;
    return { kind: 'annex', title: title?.title ?? null, titleStart: title?.start ?? 0 };
  }
  if (/[：:]$/.test(text) && /^(?:各|市各|县各|区各|省各|有关|市直|全市|各级)/.test(text) && ADDRESSEE.test(text) && !/[。]/.test(text)) return { kind: 'salutation' };
  if (/(?:印发给?你们|现予印发|予以印发|现印发|转发给?你们|请认真(?:贯彻|组织|抓好|遵照|对照|抓)|请结合实际)/.test(text) || /^特此通知。?$/.test(text)) {
    const quoted = quotedTitle(text);
    return { kind: 'transmittal', title: quoted?.title ?? null, titleStart: quoted?.start ?? 0 };
  }
  const dateOnly = findDate(text);
  // 2024年3月8日, or （2024年4月2日） under a title as the State Council prints it.
  const bracketed = dateOnly && /^[（(]$/.test(text.slice(0, dateOnly.start)) && /^[）)]$/.test(text.slice(dateOnly.end));
  if (dateOnly && ((dateOnly.start === 0 && dateOnly.end === text.length) || bracketed)) return { kind: 'date', iso: dateOnly.iso, start: dateOnly.start, end: dateOnly.end };
  if (dateOnly && dateOnly.end === text.length && ORGAN_END.test(text.slice(0, dateOnly.start))) {
    return { kind: 'signature', name: text.slice(0, dateOnly.start), iso: dateOnly.iso, dateStart: dateOnly.start, dateEnd: dateOnly.end };
  }
  const names = organNames(text);
  if (names) return { kind: 'issuer', names };
  return null;
}

/** Whether a line can only belong to a wrapper (as opposed to issuer and date lines, which plans also print). */
export function anchorsWrapper(line: WrapperLine): boolean {
  return ['info', 'letterhead', 'notice-title', 'document-number', 'salutation', 'transmittal', 'publication'].includes(line.kind);
}
