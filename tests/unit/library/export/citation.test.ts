import { describe, expect, it } from 'vitest';
import { attributionFor, citationFor, formatLongDate, speakerLabel } from '../../../../electron/common/briefing-doc';
import { actors, resolvedClips } from '../../../fixtures/export/briefing-fixture';

describe('citation rules', () => {
  it('writes dates as "5 November 2025", from the date the string states, whatever the time zone', () => {
    expect(formatLongDate('2025-11-05')).toBe('5 November 2025');
    expect(formatLongDate('2025-11-05T23:59:00.000Z')).toBe('5 November 2025');
    expect(formatLongDate(null)).toBe('');
    expect(formatLongDate('last week')).toBe('');
  });

  it('names a speaker with role and affiliation, without repeating an affiliation the role already says', () => {
    expect(speakerLabel(actors.varga, actors.aldmark)).toBe('Ilse Varga, Foreign Minister of Aldmark');
    expect(speakerLabel({ ...actors.varga, role: 'Foreign Minister of Aldmark' }, actors.aldmark)).toBe(
      'Ilse Varga, Foreign Minister of Aldmark',
    );
    expect(speakerLabel({ ...actors.varga, role: '' }, actors.aldmark)).toBe('Ilse Varga, Aldmark');
    expect(speakerLabel({ ...actors.varga, role: '' }, null)).toBe('Ilse Varga');
  });

  it('attributes a quote to speaker, outlet and statement date, falling back to the article date', () => {
    expect(attributionFor(resolvedClips.warning)).toBe('Ilse Varga, Foreign Minister of Aldmark, Meridian Wire, 5 November 2025');
    expect(attributionFor(resolvedClips.routine)).toBe('Tomas Rell, Chief of Naval Staff of Vessland, Northern Courier, 6 November 2025');
    const unattributed = { ...resolvedClips.routine, speaker: null, speakerAffiliation: null };
    expect(attributionFor(unattributed)).toBe('Northern Courier, 6 November 2025');
  });

  it('cites an article with authors, title, outlet, date, URL and retrieval date', () => {
    expect(citationFor(resolvedClips.warning.article).text).toBe(
      'Hanna Lind and Petr Oskarsson, “Aldmark warns Vessland over naval build-up in the strait”, Meridian Wire, ' +
        '5 November 2025. https://meridianwire.example/2025/11/05/aldmark-warns-vessland (retrieved 6 November 2025).',
    );
  });

  it('says "undated" and leaves out a link that is not a web address', () => {
    const article = { ...resolvedClips.warning.article, authors: [], published: null, url: 'javascript:alert(1)' };
    expect(citationFor(article).text).toBe(
      '“Aldmark warns Vessland over naval build-up in the strait”, Meridian Wire, undated. (retrieved 6 November 2025).',
    );
  });
});
