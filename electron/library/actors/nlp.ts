/**
 * compromise's own reading of the names: its people(), organizations() and places() over
 * short windows around the names our rules are unsure of. compromise takes about 80 µs a
 * word, so it reads windows of at most WINDOW_WORDS in all (about 35 ms) rather than the
 * whole article (most of a second for 10k words); one call per article, the most
 * mentioned unsure names first.
 */
import nlp from 'compromise';
import type { Referent } from './cast';
import type { TextModel } from './text';

const WINDOW_WORDS = 400;
const SIDE = 32;

export interface NlpVote {
  person: number;
  place: number;
  organisation: number;
}

const norm = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Votes of compromise for the given referents (the unsure ones first, as many as the budget allows). */
export function nlpVotes(model: TextModel, referents: Referent[]): Map<Referent, NlpVote> {
  const votes = new Map<Referent, NlpVote>();
  const windows: string[] = [];
  let words = 0;
  for (const r of referents) {
    const o = r.occurrences.find((x) => !x.inQuote) ?? r.occurrences[0];
    const from = model.text.lastIndexOf(' ', Math.max(0, o.titleStart - SIDE)) + 1;
    const toSpace = model.text.indexOf(' ', Math.min(model.text.length, o.end + SIDE));
    const window = model.text.slice(from, toSpace < 0 ? model.text.length : toSpace).replace(/\s+/g, ' ');
    words += window.split(' ').length;
    if (words > WINDOW_WORDS) break;
    windows.push(window);
  }
  if (!windows.length) return votes;
  const doc = nlp(windows.join('\n\n'));
  const found = {
    person: doc.people().out('array') as string[],
    place: doc.places().out('array') as string[],
    organisation: doc.organizations().out('array') as string[],
  };
  const sets = Object.fromEntries(Object.entries(found).map(([k, list]) => [k, list.map(norm)])) as Record<keyof NlpVote, string[]>;
  for (const r of referents) {
    const key = norm(r.name);
    // A person may come with a title ("Minister Karavel"); other names must be the whole entity.
    const whole = (list: string[]) => (list.some((x) => x.replace(/^the /, '') === key) ? 1 : 0);
    const person = sets.person.some((x) => x === key || x.endsWith(` ${key}`)) ? 1 : 0;
    const vote = { person, place: whole(sets.place), organisation: whole(sets.organisation) };
    if (vote.person || vote.place || vote.organisation) votes.set(r, vote);
  }
  return votes;
}
