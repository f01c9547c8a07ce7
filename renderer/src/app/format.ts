/** Display formats for dates: unambiguous month names, never 05/11 that reads two ways. */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parse(iso: string): { date: Date; hasTime: boolean } | null {
  const hasTime = !DATE_ONLY.test(iso);
  // A plain date is a calendar day, not a UTC midnight that shifts in western time zones.
  const date = new Date(hasTime ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : { date, hasTime };
}

/** "5 Nov 2025" (in the user's locale), or '' when there is no date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const parsed = parse(iso);
  if (!parsed) return iso;
  return parsed.date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: parsed.hasTime ? undefined : 'UTC',
  });
}

/** Date with the time of day when the source gave one. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parsed = parse(iso);
  if (!parsed) return iso;
  if (!parsed.hasTime) return formatDate(iso);
  return parsed.date.toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
