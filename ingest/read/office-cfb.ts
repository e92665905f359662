/**
 * OLE compound files (D0 CF 11 E0): legacy .doc/.xls, and also password-protected .docx/.xlsx, which
 * Office wraps in a compound file holding an "EncryptedPackage" stream. Telling them apart lets us say
 * "remove the password" instead of "this is a legacy .doc".
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Directory entry names are UTF-16LE; the stream name appears verbatim in a directory sector.
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  return isCompoundFile(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}
