/**
 * API response types. The server's zod schemas are the contract: these are inferred from them with
 * type-only imports, which the build erases — no server code reaches the browser bundle.
 */
import type { z } from 'zod';
import type { Evidence as GraphEvidence, Label as GraphLabel } from '../../graph/schema.ts';
import type { EntityRef as ServerEntityRef, PlanRef as ServerPlanRef, TargetRef as ServerTargetRef, TaskRef as ServerTaskRef } from '../../server/schemas/common.ts';
import type { BenchmarksSchema, BenchmarkGroup as ServerBenchmarkGroup } from '../../server/services/benchmarks.ts';
import type { CompareSchema, PeersSchema } from '../../server/services/compare.ts';
import type { DepartmentDetailSchema, DepartmentListSchema, DepartmentSummarySchema } from '../../server/services/departments.ts';
import type { DocumentDetailSchema, DocumentListSchema, PlanSummarySchema } from '../../server/services/documents.ts';
import type { NeighborhoodSchema, PathsSchema, ElementsSchema } from '../../server/services/graph-view.ts';
import type { MatrixSchema } from '../../server/services/matrix.ts';
import type { OverlapSchema } from '../../server/services/overlap.ts';
import type { OverviewSchema } from '../../server/services/overview.ts';
import type { SearchResultSchema } from '../../server/services/search.ts';

export type Label = GraphLabel;
export type Evidence = GraphEvidence;
export type EntityRef = ServerEntityRef;
export type PlanRef = ServerPlanRef;
export type TaskRef = ServerTaskRef;
export type TargetRef = ServerTargetRef;
export type BenchmarkGroup = ServerBenchmarkGroup;

export type Overview = z.infer<typeof OverviewSchema>;
export type Matrix = z.infer<typeof MatrixSchema>;
export type MatrixLabel = Matrix['label'];
export type Overlap = z.infer<typeof OverlapSchema>;
export type CityOverlap = Overlap['cities'][number];
export type MatchKind = CityOverlap['matches'][number]['match'];
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchHit = SearchResult['results'][number];
export type Compare = z.infer<typeof CompareSchema>;
export type Peers = z.infer<typeof PeersSchema>;
export type Benchmarks = z.infer<typeof BenchmarksSchema>;
export type DepartmentList = z.infer<typeof DepartmentListSchema>;
export type DepartmentSummary = z.infer<typeof DepartmentSummarySchema>;
export type DepartmentDetail = z.infer<typeof DepartmentDetailSchema>;
export type Role = DepartmentDetail['plans'][number]['tasks'][number]['role'];
export type RoleCounts = DepartmentDetail['tasks'];
export type Elements = z.infer<typeof ElementsSchema>;
export type Neighborhood = z.infer<typeof NeighborhoodSchema>;
export type Paths = z.infer<typeof PathsSchema>;
export type DocumentList = z.infer<typeof DocumentListSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
export type Highlight = DocumentDetail['highlights'][number];

/** /api/graph/edge: the stored edge and both ends (typed loosely by the server; narrowed here). */
export interface EdgeDetail {
  edge: { id: string; type: string; source: string; target: string; plan?: string; role?: string; evidence?: Evidence[]; terms?: string[]; count?: number };
  source: { id?: string; label?: Label; name?: string; city?: string | null };
  target: { id?: string; label?: Label; name?: string; city?: string | null };
}

export interface UploadResult {
  plan: PlanSummary;
  nodes: number;
  edges: number;
  warnings: string[];
}

export interface Health {
  status: 'ok';
  version: string;
  store: { kind: 'sqlite' | 'neo4j'; location: string };
  counts: { nodes: Record<string, number>; edges: Record<string, number> };
}
