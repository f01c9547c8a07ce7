import type { ArticleMeta, ImportOutcome } from '../common/model';

/** The fields `dossier list --json` prints, one article per line. */
export function articleJson(meta: ArticleMeta): string {
  const { id, title, outlet, authors, published, url, hash } = meta;
  return JSON.stringify({ id, title, outlet, authors, published, url, hash });
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return cut.padEnd(width);
}

/** A table for people: date, outlet, title, authors; one line per article. */
export function articleTable(articles: readonly ArticleMeta[]): string {
  const header = `${fit('Published', 10)}  ${fit('Outlet', 22)}  ${fit('Title', 56)}  Authors`;
  const rows = articles.map(
    (a) =>
      `${fit(a.published?.slice(0, 10) ?? '-', 10)}  ${fit(a.outlet || '-', 22)}  ${fit(a.title, 56)}  ${
        a.authors.join(', ') || '-'
      }`,
  );
  return [header, ...rows].map((line) => line.trimEnd()).join('\n');
}

/** One line per import outcome; failures are written to stderr by the caller. */
export function outcomeLine(shown: string, outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   ${shown}: "${outcome.article.title}" (${outcome.article.id})`;
    case 'duplicate':
      return `duplicate  ${shown}: same text as "${outcome.existing.title}" (${outcome.existing.id}), not imported again`;
    case 'failed':
      return `failed     ${shown}: ${outcome.message}`;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function importSummary(counts: { imported: number; duplicates: number; failed: number }): string {
  return `${plural(counts.imported, 'article')} imported, ${plural(counts.duplicates, 'duplicate')}, ${counts.failed} failed.`;
}
