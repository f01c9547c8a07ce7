/**
 * Turning bytes into text the way a browser would: a byte-order mark wins, then (for HTML)
 * a declared charset, then UTF-8 if the bytes are valid UTF-8, else windows-1252, the
 * legacy encoding of most Western pages and of Windows text files.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | string;

export interface Decoded {
  text: string;
  encoding: Encoding;
}

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function bomOf(data: Uint8Array): Bom | null {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 saved without a BOM (rare, but Windows tools do it): mostly-ASCII text then has a
 * NUL in every other byte. Recognising it keeps such files from being refused as binary.
 */
export function sniffUtf16(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(data.length, 1024) & ~1;
  if (end < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (data[i] === 0) evenNul++;
    if (data[i + 1] === 0) oddNul++;
  }
  const pairs = end / 2;
  if (oddNul > pairs * 0.3 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul === 0) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decoders = new Map<string, TextDecoder>();

function decoder(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label, { ignoreBOM: true });
    decoders.set(label, d);
  }
  return d;
}

/**
 * windows-1252 is latin1 except for 0x80-0x9F (curly quotes, dashes, euro sign...). Decoded
 * here rather than by TextDecoder because several Node releases (20.18.3-20.19.x, 22.13+,
 * Electron's) decode those bytes as C1 controls (nodejs/node#56542).
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(data: Uint8Array): string {
  const latin1 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeWith(data: Uint8Array, encoding: string, skip = 0): Decoded {
  const bytes = skip ? data.subarray(skip) : data;
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  return { text: decoder(encoding).decode(bytes), encoding };
}

function utf8OrLegacy(data: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(data), encoding: 'utf-8' };
  } catch {
    return decodeWith(data, 'windows-1252');
  }
}

function bomOrSniffed(data: Uint8Array): Decoded | null {
  const bom = bomOf(data);
  if (bom) return decodeWith(data, bom.encoding, bom.length);
  const utf16 = sniffUtf16(data);
  return utf16 ? decodeWith(data, utf16) : null;
}

/** Plain text and Markdown: BOM, else strict UTF-8, else windows-1252. */
export function decodeText(data: Uint8Array): Decoded {
  return bomOrSniffed(data) ?? utf8OrLegacy(data);
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i;

/** The encoding a page declares in `<meta charset>` or `http-equiv`, as TextDecoder names it. */
export function declaredCharset(data: Uint8Array): string | null {
  // Browsers look at the first 1024 bytes; saved pages sometimes push the meta further
  // down with comments, so look a little further.
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 4096)).toString('latin1');
  const match = META_CHARSET.exec(head);
  if (!match) return null;
  const declared = match[1]!.toLowerCase();
  if (declared === 'x-user-defined') return 'windows-1252';
  let label: string;
  try {
    label = new TextDecoder(declared).encoding;
  } catch {
    return null; // unknown label: fall back to detection
  }
  // The HTML standard: a UTF-16 declaration without a BOM means the bytes are really UTF-8.
  if (label === 'utf-16le' || label === 'utf-16be') return 'utf-8';
  return label;
}

/**
 * HTML: BOM, else the declared charset, else strict UTF-8, else windows-1252. One
 * exception: bytes that are valid UTF-8 and not plain ASCII are read as UTF-8 whatever the
 * page declares, because tools that save or convert pages re-encode them to UTF-8 and
 * leave the old declaration behind, while legacy text that happens to be valid UTF-8
 * practically never occurs.
 */
export function decodeHtml(data: Uint8Array): Decoded {
  const early = bomOrSniffed(data);
  if (early) return early;
  const declared = declaredCharset(data);
  if (!declared || declared === 'utf-8') return utf8OrLegacy(data);
  if (!isAscii(data)) {
    try {
      return { text: strictUtf8.decode(data), encoding: 'utf-8' };
    } catch {
      // not UTF-8: the declaration is right
    }
  }
  return decodeWith(data, declared);
}

function isAscii(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i]! > 0x7f) return false;
  return true;
}
