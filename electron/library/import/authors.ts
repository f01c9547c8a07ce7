import { knownOutlet, outletLike } from './outlets';

/**
 * People's names out of a byline: "By Jane Doe and John Roe", "JANE DOE, JOHN ROE",
 * "Jane Doe in Kyiv", "By Jane Doe, Reuters". Pieces that are not names (outlets, roles,
 * dates, links) are left out; an outlet found in the byline is returned too.
 */

const BY = /^\s*(?:(?:written|words|reporting|reported|text|story)\s+by|by|von|par|por|door|av|di)\s*:?\s+/i;
const SEPARATOR = /\s*(?:[,;|&]|\s(?:and|und|et|y|e|og|och|en)\s)\s*/i;
const PLACE_SUFFIX = /\s+(?:in|from|reporting from|at)\s+[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*)*$/u;
const ROLE =
  /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|analyst|bureau|desk|team|published|updated|photos?|video|senior|chief|news|agencies|agency|follow|subscribe)\b/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ibn|el|ben|dos|das|zu|y)$/u;
const NOT_IN_NAMES = new Set([
  'The', 'A', 'An', 'Of', 'In', 'On', 'At', 'To', 'For', 'With', 'Is', 'Are', 'Was', 'Says', 'Said', 'New', 'How',
  'Why', 'What', 'Who', 'Over', 'After', 'Before', 'As', 'From', 'Into', 'Amid', 'Not', 'No', 'Be', 'Will', 'Could',
  'Would', 'May', 'Can', 'Its', 'Their', 'His', 'Her', 'This', 'That', 'Up', 'Down', 'Out', 'Off', 'Back', 'Near',
  'Against', 'Under', 'Between', 'About', 'More', 'Most', 'Than', 'All', 'By', 'Via', 'Breaking', 'Live', 'Latest',
  'Updated', 'Published', 'Share', 'Opinion', 'Analysis',
]);

/** Whether `text` reads like one person's name: two to five capitalised words, no digits. */
export function looksLikeName(text: string): boolean {
  if (text.length > 60 || /\d|@|\/|:/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w) && !NOT_IN_NAMES.has(w));
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

export interface BylineParts {
  authors: string[];
  outlet: string | null;
}

/** A byline piece from page metadata that could be a name in any script ("李明", "Madonna"). */
function plausibleAuthor(piece: string): boolean {
  return piece.length <= 80 && !/\d|@|:\/\/|^www\./i.test(piece) && piece.split(/\s+/).length <= 6;
}

const WITH = /\((?:avec|with|mit|con|com|and|et|und)\s+([^)]*)\)/gi;
const CREDITS = /\b(?:edited|reviewed|illustrated|photographed|translated|fact-checked|additional reporting)\s+by\b.*$/i;
const DATE_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d/i;

/** "Jong, Michiel de" -> "Michiel de Jong": library-catalogue order, as some pages write it. */
function catalogueOrder(text: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2})$/u.exec(text);
  return m && !knownOutlet(m[1]!) && !knownOutlet(m[2]!) ? `${m[2]} ${m[1]}` : text;
}

/**
 * Splits a byline into names. `strict` (for plain text, where any line could be mistaken
 * for a byline) requires every piece to look like a Latin-script name or an outlet;
 * otherwise (page metadata) any short piece that is not a role, date or link counts,
 * and what follows a date ("By Jane Doe March 5, 2015") is cut off.
 */
export function splitByline(byline: string, strict = false): BylineParts | null {
  let text = byline.replace(/\s+/g, ' ').replace(BY, '').replace(CREDITS, '').replace(WITH, ', $1').trim();
  if (!strict) {
    const date = DATE_START.exec(text);
    if (date) text = text.slice(0, date.index).trim().replace(/[,;|·-]+$/, '').trim();
    text = catalogueOrder(text);
  }
  if (!text) return null;
  const authors: string[] = [];
  let outlet: string | null = null;
  for (const rawPiece of text.split(SEPARATOR)) {
    const piece = rawPiece.trim().replace(BY, '').replace(PLACE_SUFFIX, '').trim();
    if (piece.length < 2) continue;
    const known = knownOutlet(piece);
    if (known || (authors.length > 0 && outletLike(piece))) {
      if (known || strict) outlet ??= known ?? piece;
      continue;
    }
    const name = titleCase(piece);
    if ((strict ? looksLikeName(name) : plausibleAuthor(name)) && !ROLE.test(name)) {
      if (!authors.includes(name)) authors.push(name);
    } else if (strict) {
      return null;
    }
  }
  return authors.length > 0 || outlet ? { authors, outlet } : null;
}

/** Whether a line is a byline ("By ...") rather than a name-only line. */
export function hasByPrefix(line: string): boolean {
  return BY.test(line);
}
