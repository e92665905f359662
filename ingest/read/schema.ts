import { z } from 'zod';

/** A file as it arrives: a display name and its bytes. */
export const RawFileSchema = z.object({
  name: z.string().min(1),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
});
export type RawFile = z.infer<typeof RawFileSchema>;

export const SOURCE_FORMATS = ['txt', 'docx', 'pdf'] as const;

/**
 * The decoded document. `text` is what evidence offsets index: the decoded bytes of a .txt file, or
 * the text extracted from a .docx/.pdf (stored beside the graph so the reader can show it).
 */
export const SourceDocumentSchema = z.object({
  file: z.string(),
  /** Stable key of the plan across versions of the same file (its name without extension). */
  key: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(SOURCE_FORMATS),
  encoding: z.string(),
  text: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
