/**
 * Whether a run of text names one company, given how the plan introduced it:
 * - listed before an enterprise head (天合光能、阿特斯等龙头企业): the list says they are companies,
 *   so any piece that is not a field, a category or a place is one (中联重机, 伯特利, 现代);
 * - governed by a verb without a head (支持天衡新能源、锦屏科技扩大产能): only names in a company
 *   form (…科技, …新能源, …股份, …集团) with a name before the form;
 * - ending in a registered company suffix (…有限公司, …集团): the words before it must name something.
 * Fields (无人机及智能芯片), clusters named by place and industry (东海硅材料), categories
 * (专精特新中小企业) and places are never companies.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from '../segment/index.ts';
import type { ExtractContext } from './context.ts';
import { hasProperNoun } from './name-evidence.ts';

const PUNCTUATION = /[，。；：、“”《》\s]/;
const FIELD_END = /(业|产业|行业|领域|项目|产品|技术|方向|环节|材料)$/;
const CONJUNCTION = /(及|和|与|以及)/;
// 新一轮科技, 一批骨干: a count or an ordinal is not part of a company's name.
const COUNTED = /[一二三四五六七八九十两首][批轮个家类项]/;

export class CompanyNames {
  private readonly lexicon: Lexicon;
  private readonly forms: string[];
  private readonly suffixes: string[];
  private readonly categories: string[];
  private readonly placeWords: string[];
  private readonly generic: string[];

  constructor(private readonly context: ExtractContext) {
    this.lexicon = context.lexicon;
    const { terms } = this.lexicon.source;
    this.suffixes = [...terms.enterpriseSuffixes].sort((a, b) => b.length - a.length);
    this.forms = [...new Set([...terms.enterpriseSuffixes, ...terms.enterpriseForms])].sort((a, b) => b.length - a.length);
    this.categories = terms.enterpriseCategories;
    this.generic = [...this.lexicon.genericPlatformWords].sort((a, b) => b.length - a.length);
    this.placeWords = [...this.lexicon.source.provinces.flatMap((p) => [p.name, p.short]), ...(context.city ? [context.city.city, context.city.short] : [])];
  }

  /** The company form a name ends with (科技, 新能源, 股份有限公司 …), or null. */
  formOf(name: string): string | null {
    return this.forms.find((form) => name.endsWith(form) && name.length > form.length) ?? null;
  }

  suffixOf(name: string): string | null {
    return this.suffixes.find((suffix) => name.endsWith(suffix)) ?? null;
  }

  isPlace(text: string): boolean {
    const { lexicon, context } = this;
    return (
      (context.city !== null && lexicon.placesFor(context.city.city).get(text) !== undefined) ||
      lexicon.cityMatcher.get(text) !== undefined ||
      this.placeWords.includes(text)
    );
  }

  /** A field, a category or a place: what a list before 企业 names when it does not name companies. */
  private isNotACompany(name: string): boolean {
    const { lexicon } = this;
    if (name.length < 2 || name.length > 24 || PUNCTUATION.test(name)) return true;
    if (lexicon.industryMatcher.get(name) !== undefined || this.isPlace(name) || COUNTED.test(name)) return true;
    const core = name.slice(0, name.length - (this.formOf(name)?.length ?? 0));
    if (this.categories.some((c) => core === c || core.endsWith(c)) || this.isPlace(core)) return true;
    // 无人机及智能芯片, 海工装备和新材料: fields joined by a conjunction.
    if (CONJUNCTION.test(name) && lexicon.industryMatcher.findAll(name).length > 0) return true;
    // 东海硅材料 (a place and an industry: a cluster), 智能芯片 (a modifier and an industry: a field).
    const field = lexicon.industryMatcher.findAll(name).find((m) => m.end === name.length);
    if (field && (this.isPlace(name.slice(0, field.start)) || this.isGenericWords(name.slice(0, field.start)))) return true;
    return this.formOf(name) === null && FIELD_END.test(name);
  }

  private isGenericWords(text: string): boolean {
    let rest = text;
    for (let word = this.generic.find((w) => rest.startsWith(w)); word !== undefined; word = this.generic.find((w) => rest.startsWith(w))) rest = rest.slice(word.length);
    return rest.length === 0;
  }

  /** A piece of a list closed by 等…企业. */
  isListed(name: string): boolean {
    return !this.isNotACompany(name);
  }

  /**
   * A name after a governing verb, with no head noun to say what it is: a proper noun in a company
   * form (天衡新能源, 中信重工), not a place or a field with 科技 after it (长三角科技, 海洋科技).
   */
  isGoverned(name: string, tokens: Token[]): boolean {
    if (!this.isInCompanyForm(name)) return false;
    const core = tokens.filter((t) => t.end <= tokens[0]!.start + name.length - this.formOf(name)!.length);
    if (core.length === 1 && core[0]!.tag === 'ns') return false;
    return hasProperNoun(core, this.lexicon);
  }

  /** A company form with at least two characters of name before it, and no field, category or place. */
  isInCompanyForm(name: string): boolean {
    const form = this.formOf(name);
    return form !== null && name.length - form.length >= 2 && !this.isNotACompany(name);
  }

  /** A name ending in a registered suffix: 市大数据集团 (a city's own company) or one with a proper noun in it. */
  isSuffixed(name: string, tokens: Token[]): boolean {
    const suffix = this.suffixOf(name);
    if (suffix === null || this.isNotACompany(name)) return false;
    const core = name.slice(0, name.length - suffix.length);
    if (core.length < 2) return false;
    if (/^市/.test(core) || this.lexicon.cityMatcher.findAll(core).some((m) => m.start === 0)) return true;
    return hasProperNoun(
      tokens.filter((t) => !this.suffixes.includes(t.word)),
      this.lexicon,
    );
  }
}
