/** A seed's text re-saved the ways Chinese offices save plain text, with the label decodeText reports. */
import iconv from 'iconv-lite';

const BOM = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] };

export interface TextEncoding {
  variant: string;
  label: string;
  encode: (text: string) => Buffer;
}

export const TEXT_ENCODINGS: TextEncoding[] = [
  { variant: 'UTF-8', label: 'utf-8', encode: (t) => Buffer.from(t, 'utf8') },
  { variant: 'UTF-8 with BOM', label: 'utf-8-bom', encode: (t) => Buffer.concat([Buffer.from(BOM.utf8), Buffer.from(t, 'utf8')]) },
  { variant: 'UTF-16 LE with BOM', label: 'utf-16le', encode: (t) => Buffer.concat([Buffer.from(BOM.utf16le), iconv.encode(t, 'utf16le')]) },
  { variant: 'UTF-16 BE with BOM', label: 'utf-16be', encode: (t) => Buffer.concat([Buffer.from(BOM.utf16be), iconv.encode(t, 'utf16be')]) },
  { variant: 'UTF-16 LE without BOM', label: 'utf-16le', encode: (t) => iconv.encode(t, 'utf16le') },
  { variant: 'UTF-16 BE without BOM', label: 'utf-16be', encode: (t) => iconv.encode(t, 'utf16be') },
  { variant: 'GBK', label: 'gb18030', encode: (t) => iconv.encode(t, 'gbk') },
  { variant: 'GB18030', label: 'gb18030', encode: (t) => iconv.encode(t, 'gb18030') },
];
