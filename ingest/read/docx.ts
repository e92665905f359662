/**
 * .docx → text. The archive is vetted from its central directory before anything is inflated
 * (zip-guard), only the parts needed are inflated (main document, numbering, styles), and every XML
 * part is refused if it declares a DTD. Parsing is our own, synchronous and bounded, rather than
 * mammoth's: mammoth inflates the whole archive first and flattens table cells into paragraphs.
 */
import path from 'node:path';
import { errors } from '../../core/errors.ts';
import { documentText } from './docx-body.ts';
import { numberingLabeller } from './docx-numbering.ts';
import { isCompoundFile, isEncryptedOfficePackage } from './office-cfb.ts';
import type { RawFile } from './schema.ts';
import { xmlTokens, refuseDtd } from './xml-tokens.ts';
import { DEFAULT_ZIP_LIMITS, inspectZip, readZipEntry, type ZipEntry, type ZipLimits } from './zip-guard.ts';

interface Package {
  file: string;
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
}

function xmlPart(pkg: Package, partName: string): string | null {
  const entry = pkg.entries.get(partName.toLowerCase());
  if (!entry) return null;
  const content = readZipEntry(pkg.file, pkg.bytes, entry);
  const utf16 = (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
  const xml = new TextDecoder(utf16 ? (content[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(content);
  refuseDtd(pkg.file, partName, xml);
  return xml;
}

/** Relationships of a part: type suffix → target part name (resolved against the part's folder). */
function relationships(pkg: Package, partName: string): Map<string, string> {
  const folder = path.posix.dirname(partName);
  const relsName = path.posix.join(folder, '_rels', `${path.posix.basename(partName)}.rels`);
  const xml = xmlPart(pkg, relsName.replace(/^\.\//, ''));
  const found = new Map<string, string>();
  if (!xml) return found;
  for (const token of xmlTokens(xml)) {
    if (token.kind !== 'open' || !token.name.endsWith('Relationship') || token.attrs.TargetMode === 'External') continue;
    const type = (token.attrs.Type ?? '').split('/').pop() ?? '';
    const target = token.attrs.Target ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(folder, target));
    if (!found.has(type)) found.set(type, resolved.replace(/^\.\//, ''));
  }
  return found;
}

function mainDocumentPart(pkg: Package): string | null {
  const rootRels = relationships(pkg, '');
  const main = rootRels.get('officeDocument');
  if (main && pkg.entries.has(main.toLowerCase())) return main;
  return pkg.entries.has('word/document.xml') ? 'word/document.xml' : null;
}

function refuseCompoundFile(file: string, bytes: Uint8Array): void {
  if (!isCompoundFile(bytes)) return;
  if (isEncryptedOfficePackage(bytes)) throw errors.encryptedDocument(file);
  throw errors.binaryInput(file, 'legacy Office (.doc/.xls) file');
}

export function readDocx(file: RawFile, limits: ZipLimits = DEFAULT_ZIP_LIMITS): { text: string } {
  const name = path.basename(file.name);
  refuseCompoundFile(name, file.bytes);
  const entries = inspectZip(name, file.bytes, limits);
  const pkg: Package = { file: name, bytes: file.bytes, entries: new Map(entries.map((e) => [e.name.toLowerCase(), e])) };
  const main = mainDocumentPart(pkg);
  if (!main) throw errors.formatMismatch(name, '.docx', 'a ZIP archive without a Word document in it');
  const rels = relationships(pkg, main);
  const numberingName = rels.get('numbering');
  const stylesName = rels.get('styles');
  const labeller = numberingLabeller(numberingName ? xmlPart(pkg, numberingName) : null, stylesName ? xmlPart(pkg, stylesName) : null);
  const text = documentText(xmlPart(pkg, main) as string, labeller);
  if (text.trim().length === 0) throw errors.emptyInput(name);
  return { text };
}
