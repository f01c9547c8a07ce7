/**
 * The text two imports must share to count as the same article: Unicode NFC, curly quotes
 * and apostrophes as straight ones, every run of whitespace (line breaks, no-break spaces,
 * tabs) as one space, no leading or trailing space. The library hashes this with SHA-256.
 */
export function canonicalHashText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}
