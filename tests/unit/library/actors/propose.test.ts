import { describe, expect, it } from 'vitest';
import { proposeActors, suggestForArticle } from '../../../../electron/library/actors/suggest';
import { actor } from './registry';

const ARTICLE = `Aldmark and Vessonia trade words over the strait

KELHOLM, Nov 4 - Aldmark will keep two patrol boats near the Merrow Banks, the Aldmark Ministry of Defence said on Tuesday.

"Our boats are where they have always been," Liesel Brandquist, a spokeswoman for the ministry, told the Kelholm Observer. Brandquist said the survey ship AMS Vigil had returned.

In Dravesk, Vessonia's foreign minister, Teodor Valesku, said the frigates would stay. "We are not leaving," Valesku said on Monday.

Defence Minister Aksel Brenner will visit the crews in Port Hollin on Thursday.`;

const byName = (text: string, actors = []) => new Map(proposeActors(text, actors).map((p) => [p.name, p]));

describe('proposeActors', () => {
  it('proposes people, states, organisations, outlets and ships with their kind', () => {
    const found = byName(ARTICLE);
    expect(found.get('Liesel Brandquist')?.kind).toBe('person');
    expect(found.get('Teodor Valesku')?.kind).toBe('person');
    expect(found.get('Aksel Brenner')?.kind).toBe('person');
    expect(found.get('Aldmark')?.kind).toBe('state');
    expect(found.get('Vessonia')?.kind).toBe('state');
    expect(found.get('Aldmark Ministry of Defence')?.kind).toBe('organisation');
    expect(found.get('Kelholm Observer')?.kind).toBe('media');
    expect(found.get('AMS Vigil')?.kind).toBe('military');
  });

  it('merges surname-only mentions into the full name and counts them', () => {
    const found = byName(ARTICLE);
    expect(found.get('Liesel Brandquist')?.mentions).toBe(2);
    expect(found.get('Teodor Valesku')?.mentions).toBe(2);
    expect(found.has('Brandquist')).toBe(false);
    expect(found.get('Liesel Brandquist')?.firstAt).toBe(ARTICLE.indexOf('Liesel Brandquist'));
  });

  it('takes a role from an apposition or a title', () => {
    const found = byName(ARTICLE);
    expect(found.get('Teodor Valesku')?.role).toBe('foreign minister');
    expect(found.get('Aksel Brenner')?.role).toBe('defence minister');
    expect(found.get('Liesel Brandquist')?.role).toBe('spokeswoman for the ministry');
  });

  it('leaves out sentence-initial words, months and weekdays', () => {
    const names = [...byName(ARTICLE).keys()];
    for (const junk of ['Our', 'In', 'Defence', 'Nov', 'Tuesday', 'Monday', 'Thursday', 'Brandquist said']) expect(names).not.toContain(junk);
  });

  it('leaves out known actors, by name or by alias', () => {
    const known = [actor('a1', 'Liesel Brandquist', 'person'), actor('a2', 'Kingdom of Aldmark', 'state', { aliases: ['Aldmark'] })];
    const names = [...byName(ARTICLE, known as never).keys()];
    expect(names).not.toContain('Liesel Brandquist');
    expect(names).not.toContain('Aldmark');
    expect(names).toContain('Teodor Valesku');
  });
});

describe('suggestForArticle', () => {
  it('copes with an empty text or one without names or quotes', () => {
    expect(suggestForArticle('', [])).toEqual({ known: [], proposed: [], quotations: [] });
    expect(suggestForArticle('the tide came in and went out.', [])).toEqual({ known: [], proposed: [], quotations: [] });
  });

  it('gives known mentions grouped by actor, proposals, and every quotation with its speaker', () => {
    const known = [actor('a-val', 'Teodor Valesku', 'person'), actor('a-ald', 'Aldmark', 'state')];
    const result = suggestForArticle(ARTICLE, known);
    expect(result.known.map((m) => m.actorId)).toEqual(['a-ald', 'a-ald', 'a-ald', 'a-val', 'a-val']);
    expect(result.proposed.map((p) => p.name)).not.toContain('Teodor Valesku');
    expect(result.quotations.map((q) => [q.text, q.speaker?.name, q.speaker?.actorId])).toEqual([
      ['Our boats are where they have always been,', 'Liesel Brandquist', null],
      ['We are not leaving,', 'Teodor Valesku', 'a-val'],
    ]);
  });
});
