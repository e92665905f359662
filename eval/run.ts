/**
 * Runs the pipeline on every document a set of references covers and scores each category the set
 * annotates. The shared references (test/gold over seeds/) are one set; every folder under
 * test/fixtures/eval/ is another: reference files in the same format as test/gold, with the plans
 * they annotate in a `documents/` folder beside them (plans of other cities written for this
 * project) or, when the folder has none, in seeds/ (references for seed documents test/gold leaves out).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanContribution } from '../graph/schema.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { annotatedFiles, loadGold } from './gold.ts';
import { alignEntities, combine, scoreAssignments, scoreDeadlines, scoreTargets, type Score } from './score.ts';

export const CATEGORIES = [
  'departments', 'task×department (lead)', 'task×department (all)', 'task×department (co-operating)', 'task deadlines', 'enterprises', 'platforms', 'targets',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The reference file each category is scored against. */
const CATEGORY_FILES: Record<Category, string> = {
  departments: 'departments.json',
  'task×department (lead)': 'tasks.json',
  'task×department (all)': 'tasks.json',
  'task×department (co-operating)': 'tasks.json',
  'task deadlines': 'tasks.json',
  enterprises: 'enterprises.json',
  platforms: 'platforms.json',
  targets: 'targets.json',
};

export interface EvalSet {
  name: string;
  goldDir: string;
  documentsDir: string;
}

export interface Evaluation {
  documents: string[];
  /** Only the categories the set annotates. */
  scores: Partial<Record<Category, Score>>;
}

/** The shared references, then each fixture set under `fixturesDir` (test/fixtures/eval), by name. */
export function evalSets(projectRoot: string, fixturesDir = path.join(projectRoot, 'test/fixtures/eval')): EvalSet[] {
  const shared: EvalSet = { name: 'seeds (shared references)', goldDir: path.join(projectRoot, 'test/gold'), documentsDir: path.join(projectRoot, 'seeds') };
  const fixtures = fs.existsSync(fixturesDir)
    ? fs.readdirSync(fixturesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const documentsDir = (name: string) => {
    const own = path.join(fixturesDir, name, 'documents');
    return fs.existsSync(own) ? own : shared.documentsDir;
  };
  return [shared, ...fixtures.map((name) => ({ name, goldDir: path.join(fixturesDir, name), documentsDir: documentsDir(name) }))];
}

export function evaluateContribution(contribution: PlanContribution, goldDir: string, doc: string): Partial<Record<Category, Score>> {
  const gold = loadGold(goldDir);
  const departments = alignEntities(contribution, 'Department', gold.departments, doc);
  const assignments = scoreAssignments(contribution, gold.tasks, doc, departments.alignment);
  // A category a set's references leave out (co-operating bodies, deadlines) is not scored.
  const all: Record<Category, Score | null> = {
    departments: departments.score,
    'task×department (lead)': assignments.lead,
    'task×department (all)': assignments.all,
    'task×department (co-operating)': assignments.cooperating,
    'task deadlines': scoreDeadlines(contribution, gold.tasks, doc),
    enterprises: alignEntities(contribution, 'Enterprise', gold.enterprises, doc).score,
    platforms: alignEntities(contribution, 'Platform', gold.platforms, doc).score,
    targets: scoreTargets(contribution, gold.targets, doc),
  };
  const annotated = annotatedFiles(goldDir);
  return Object.fromEntries(CATEGORIES.flatMap((c) => (annotated.has(CATEGORY_FILES[c]) && all[c] ? [[c, all[c]]] : [])));
}

/** Sums the counts of several evaluations per category (not an average of ratios). */
export function combineScores(evaluations: Partial<Record<Category, Score>>[]): Partial<Record<Category, Score>> {
  const combined: Partial<Record<Category, Score>> = {};
  for (const category of CATEGORIES) {
    const scores = evaluations.map((e) => e[category]).filter((s): s is Score => s !== undefined);
    if (scores.length > 0) combined[category] = combine(scores);
  }
  return combined;
}

export async function evaluate(goldDir: string, documentsDir: string, lexicon: Lexicon): Promise<Evaluation> {
  const gold = loadGold(goldDir);
  const perDocument: Partial<Record<Category, Score>>[] = [];
  const documents: string[] = [];
  for (const [doc, { file }] of Object.entries(gold.documents)) {
    const filePath = path.join(documentsDir, file);
    const contribution = await ingestFile({ name: file, bytes: fs.readFileSync(filePath) }, { lexicon });
    perDocument.push(evaluateContribution(contribution, goldDir, doc));
    documents.push(file);
  }
  return { documents, scores: combineScores(perDocument) };
}
