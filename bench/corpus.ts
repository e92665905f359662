/**
 * Deterministic larger corpora from the seeds: copy k of a seed gets its own fictitious city (every
 * 市-qualified body and the city itself become new entities), renamed counties and enterprises, and its
 * task paragraphs shuffled within their sections — seeded, so every run builds the same corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/config.ts';
import { seededRandom } from '../core/seeded-random.ts';

export interface CorpusDocument {
  name: string;
  text: string;
}

const SYLLABLES = '青澜白河云岭东阳南屏西岚北川安平临江湖滨宁远嘉禾明州金城玉泉松溪梅山桃源瑞丰启东康乐永和兴隆华亭泰和丰泽海宁'.split('');
const SEED_CITIES: [string, string][] = [
  ['盐城', '盐城市'],
  ['连云港', '连云港市'],
  ['泰州', '泰州市'],
];
const SEED_COUNTIES = ['建湖', '射阳', '阜宁', '滨海', '响水', '东台', '大丰', '盐都', '亭湖', '海陵', '高港', '姜堰', '兴化', '靖江', '泰兴', '海州', '赣榆', '灌云', '灌南', '东海'];
const SEED_ENTERPRISES = ['悦达起亚', '长城汽车', '亚星锚链', '中海油', '天合光能', '阿特斯', '润阳光伏', '华人运通', '奇瑞', '皖维', '青山', '商汤', '科行环保', '富乐德', '维信电子'];

function name(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return out;
}

function shuffleTaskParagraphs(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const isTask = (line: string) => /^\d{1,2}\s*[．.]/.test(line);
  for (let i = 0; i < lines.length; ) {
    if (!isTask(lines[i] as string)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && (isTask(lines[j] as string) || (lines[j] as string).trim() === '')) j += 1;
    const block = lines.slice(i, j).filter((l) => l.trim() !== '');
    for (let k = block.length - 1; k > 0; k -= 1) {
      const r = Math.floor(rand() * (k + 1));
      [block[k], block[r]] = [block[r] as string, block[k] as string];
    }
    lines.splice(i, j - i, ...block.flatMap((l) => [l, '']));
    i += block.length * 2;
  }
  return lines.join('\n');
}

export function seedDocuments(): CorpusDocument[] {
  const dir = path.join(PROJECT_ROOT, 'seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** Document `index` of the endless corpus: copy ⌊index / seeds⌋ of seed (index mod seeds); copy 0 is the seed itself. */
export function corpusDocument(seeds: CorpusDocument[], index: number, seed = 20261122): CorpusDocument {
  const copy = Math.floor(index / seeds.length);
  const document = seeds[index % seeds.length] as CorpusDocument;
  if (copy === 0) return document;
  const rand = seededRandom(seed + copy * 7919 + document.name.length);
  const cityShort = name(rand, 2);
  let text = document.text;
  for (const [short, full] of SEED_CITIES) text = text.replaceAll(full, `${cityShort}市`).replaceAll(short, cityShort);
  for (const county of SEED_COUNTIES) text = text.replaceAll(county, name(rand, 2));
  for (const enterprise of SEED_ENTERPRISES) text = text.replaceAll(enterprise, `${name(rand, 2)}${enterprise.slice(2)}`);
  return { name: document.name.replace(/\.txt$/, `-copy${copy}.txt`), text: shuffleTaskParagraphs(text, rand) };
}

/** `factor` copies of every seed. */
export function buildCorpus(factor: number, seed = 20261122): CorpusDocument[] {
  const seeds = seedDocuments();
  return Array.from({ length: factor * seeds.length }, (_, index) => corpusDocument(seeds, index, seed));
}
