/**
 * Runs the pipeline on every document the references cover and scores each category.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanContribution } from '../graph/schema.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { loadGold } from './gold.ts';
import { alignEntities, combine, scoreAssignments, scoreTargets, type Score } from './score.ts';

export const CATEGORIES = ['departments', 'task×department (lead)', 'task×department (all)', 'enterprises', 'platforms', 'targets'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Evaluation {
  documents: string[];
  scores: Record<Category, Score>;
}

export function evaluateContribution(contribution: PlanContribution, goldDir: string, doc: string): Record<Category, Score> {
  const gold = loadGold(goldDir);
  const departments = alignEntities(contribution, 'Department', gold.departments, doc);
  const assignments = scoreAssignments(contribution, gold.tasks, doc, departments.alignment);
  return {
    departments: departments.score,
    'task×department (lead)': assignments.lead,
    'task×department (all)': assignments.all,
    enterprises: alignEntities(contribution, 'Enterprise', gold.enterprises, doc).score,
    platforms: alignEntities(contribution, 'Platform', gold.platforms, doc).score,
    targets: scoreTargets(contribution, gold.targets, doc),
  };
}

export async function evaluate(goldDir: string, documentsDir: string, lexicon: Lexicon): Promise<Evaluation> {
  const gold = loadGold(goldDir);
  const perDocument: Record<Category, Score>[] = [];
  const documents: string[] = [];
  for (const [doc, { file }] of Object.entries(gold.documents)) {
    const filePath = path.join(documentsDir, file);
    const contribution = await ingestFile({ name: file, bytes: fs.readFileSync(filePath) }, { lexicon });
    perDocument.push(evaluateContribution(contribution, goldDir, doc));
    documents.push(file);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, combine(perDocument.map((d) => d[c]))])) as Record<Category, Score>;
  return { documents, scores };
}
