/**
 * Publication dates as news sites print them. Numeric dates are read day-first
 * (05.11.2025 is 5 November), as in most of the world; the user confirms guessed dates.
 * Results are 'YYYY-MM-DD', or the wall-clock 'YYYY-MM-DDTHH:MM' when a time is given:
 * a time zone is never invented, and one that is printed is not applied either.
 */

const MONTHS: Record<string, number> = {};
function months(names: string, first = 1): void {
  names.split(' ').forEach((name, i) => {
    for (const n of name.split('|')) MONTHS[n] = first + i;
  });
}
months('january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec');
months('januar|jän februar märz|maerz|mrz april mai juni juli august september oktober|okt november dezember|dez');
months('janvier|janv février|fevrier|févr mars avril|avr mai juin juillet|juil août|aout septembre octobre novembre décembre|decembre|déc');
months('enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre');
const MONTH = '([a-zà-ÿ]{3,10})';

const PREFIX =
  /^(?:(?:first\s+|originally\s+)?published|posted|created|date[d]?|(?:last\s+)?(?:updated|modified|edited))(?:\s+on)?\s*:?\s*/i;
const UPDATED = /^(?:last\s+)?(?:updated|modified|edited)/i;
const WEEKDAY =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+/i;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?/i;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const DMY_NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d./])/;
const MDY_NAMED = new RegExp(`^${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_NAMED = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');

const TIME_12 = /^(?:\s*(?:,|at|@|-|–|—|\||·|um|à|a las)?\s*)(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?/i;
const TIME_24 = /^(?:\s*(?:,|at|@|-|–|—|\||·|um|à|a las)?\s*)(\d{1,2})[:.](\d{2})(?!\d)(?::\d{2})?(?:\s*(?:h|uhr)\b)?/i;
const LEADING_TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\b\.?)?\s*(?:\(?[A-Z]{2,4}\)?)?\s*[,|·–—-]?\s*(?=\D)/i;
const ZONE = /^\s*(?:\(?(?:[A-Z]{1,4}T|UTC|GMT|Z|MSK|CET|EET|WET|IST|HKT|SGT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2})(?![A-Za-z])/;

export interface FoundDate {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  value: string;
  /** What follows the date (and its time and zone) in the input. */
  rest: string;
  /** The date was labelled as an update rather than the publication. */
  updated: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function yearOf(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/** A date (and optional time) at the start of `input`, after an optional label and weekday. */
export function findDate(input: string): FoundDate | null {
  let s = input.trim();
  const label = PREFIX.exec(s);
  const updated = label ? UPDATED.test(label[0]) : false;
  if (label) s = s.slice(label[0].length);
  // Some sites print the time first: "11:32 AM EST, Wed November 5, 2025".
  let time: [number, number] | null = null;
  const leading = LEADING_TIME.exec(s);
  if (leading) {
    const hour = Number(leading[1]);
    const pm = leading[3]?.toLowerCase() === 'p';
    time = leading[3] ? [(hour % 12) + (pm ? 12 : 0), Number(leading[2])] : [hour, Number(leading[2])];
    s = s.slice(leading[0].length);
  }
  s = s.replace(WEEKDAY, '');

  let year = 0;
  let month = 0;
  let day = 0;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) time ??= [Number(m[4]), Number(m[5])];
  } else if ((m = YMD_SLASH.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = DMY_NUMERIC.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[3]), yearOf(m[4]!)];
    // A slash date that cannot be day-first (11/25/2025) is the American month-first form.
    if (m[2] === '/' && month > 12 && day <= 12) [day, month] = [month, day];
  } else if ((m = MDY_NAMED.exec(s)) && MONTHS[m[1]!.toLowerCase()]) {
    [month, day, year] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])];
  } else if ((m = DMY_NAMED.exec(s)) && MONTHS[m[2]!.toLowerCase()]) {
    [day, month, year] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
  } else {
    return null;
  }
  if (!validDate(year, month, day)) return null;
  s = s.slice(m[0].length);

  if (!time) {
    let t: RegExpExecArray | null;
    if ((t = TIME_12.exec(s))) {
      const hour = Number(t[1]);
      if (hour >= 1 && hour <= 12) {
        time = [(hour % 12) + (t[3]!.toLowerCase() === 'p' ? 12 : 0), Number(t[2] ?? 0)];
        s = s.slice(t[0].length);
      }
    } else if ((t = TIME_24.exec(s))) {
      time = [Number(t[1]), Number(t[2])];
      s = s.slice(t[0].length);
    }
  }
  if (time && (time[0] > 23 || time[1] > 59)) return null;
  const zone = ZONE.exec(s);
  if (zone) s = s.slice(zone[0].length);

  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { value: time ? `${date}T${pad(time[0])}:${pad(time[1])}` : date, rest: s, updated };
}

/** Whether a whole line (or a segment of one) is just a date, perhaps labelled and with a time. */
export function dateLine(text: string): FoundDate | null {
  const found = findDate(text);
  if (!found) return null;
  return /^[\s,.;:()]*$/.test(found.rest) ? found : null;
}

/**
 * A published date from page metadata (ISO strings mostly, sometimes RFC 2822 or prose),
 * normalised like dates found in text. Returns null for anything unreadable.
 */
export function normalizePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return findDate(raw.trim())?.value ?? null;
}
