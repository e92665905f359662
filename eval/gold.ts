/**
 * The hand-made reference annotations (test/gold), read with schemas that keep only what scoring uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Documents = z.record(z.string(), z.object({ file: z.string() }));
const AliasesByDoc = z.record(z.string(), z.array(z.string())).default({});

const NamedEntity = z.object({
  canonical: z.string(),
  docs: z.array(z.string()),
  aliases_by_doc: AliasesByDoc,
});
export type GoldEntity = z.infer<typeof NamedEntity>;

const GoldTask = z.object({
  doc: z.string(),
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  label_raw: z.string().optional(),
  /** The heading the task sits under, as printed (tells apart tasks numbered anew in each section). */
  section: z.string().optional(),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  /** Bodies marked 配合 (配合单位, 会同, “…予以配合”); a set of references may leave them out. */
  cooperating: z.array(z.string()).optional(),
  /** The completion time as printed and its last day (null for 持续推进). */
  deadline: z.object({ text: z.string(), date: z.string().nullable() }).optional(),
});
export type GoldTask = z.infer<typeof GoldTask>;

const GoldTarget = z.object({
  id: z.string(),
  doc: z.string(),
  value: z.union([z.number(), z.record(z.string(), z.number())]),
  unit: z.string(),
  year: z.number().nullable(),
  evidence: z.string(),
});
export type GoldTarget = z.infer<typeof GoldTarget>;

export interface Gold {
  documents: Record<string, { file: string }>;
  departments: GoldEntity[];
  enterprises: GoldEntity[];
  platforms: GoldEntity[];
  tasks: GoldTask[];
  targets: GoldTarget[];
}

/** A reference file; a set of references may leave out the categories it does not annotate. */
function read<S extends z.ZodType>(dir: string, file: string, schema: S, absent: unknown): z.infer<S> {
  const full = path.join(dir, file);
  return schema.parse(fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : absent);
}

/** The shared references list their documents in departments.json; a set of our own may use documents.json. */
function documentsFile(dir: string): string {
  return fs.existsSync(path.join(dir, 'documents.json')) ? 'documents.json' : 'departments.json';
}

/** Which reference files a set has: a category is scored only where the set annotates it. */
export function annotatedFiles(dir: string): Set<string> {
  return new Set(['departments.json', 'enterprises.json', 'platforms.json', 'tasks.json', 'targets.json'].filter((f) => fs.existsSync(path.join(dir, f))));
}

export function loadGold(dir: string): Gold {
  return {
    documents: read(dir, documentsFile(dir), z.object({ documents: Documents }), { documents: {} }).documents,
    departments: read(dir, 'departments.json', z.object({ entities: z.array(NamedEntity) }), { entities: [] }).entities,
    enterprises: read(dir, 'enterprises.json', z.object({ enterprises: z.array(NamedEntity) }), { enterprises: [] }).enterprises,
    platforms: read(dir, 'platforms.json', z.object({ platforms: z.array(NamedEntity) }), { platforms: [] }).platforms,
    tasks: read(dir, 'tasks.json', z.object({ tasks: z.array(GoldTask) }), { tasks: [] }).tasks,
    targets: read(dir, 'targets.json', z.object({ targets: z.array(GoldTarget) }), { targets: [] }).targets,
  };
}
