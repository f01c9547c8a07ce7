import { describe, expect, it } from 'vitest';
import { childrenOf, formatLongDate, parseBriefingBody, type SerializedNode } from '../../../../electron/common/briefing-doc';
import { briefingFromTemplate } from '../../../../electron/library/briefings/templates';
import { actors, clipIds, resolvedClips } from '../../../fixtures/export/briefing-fixture';
import { roundTrip } from '../../../fixtures/export/lexical-editor';

const clips = [resolvedClips.routine, resolvedClips.tricky, resolvedClips.warning];
const registry = Object.values(actors);

/** The body as an outline: headings by text, clips by id, empty paragraphs as ''. */
function outline(body: string): string[] {
  return childrenOf(parseBriefingBody(body).root).map((node: SerializedNode) => {
    if (node.type === 'dossier-clip') return `clip ${String(node.clipId)}`;
    const text = childrenOf(node).map((c) => String(c.text ?? '')).join('');
    return node.type === 'heading' ? `${String(node.tag)} ${text}` : text;
  });
}

describe('briefing templates', () => {
  it('groups by actor: a section per speaker, clips by statement date, room to write after each', () => {
    expect(outline(briefingFromTemplate('by-actor', clips, registry))).toEqual([
      'h2 Ilse Varga, Foreign Minister of Aldmark',
      `clip ${clipIds.warning}`,
      `clip ${clipIds.tricky}`,
      '',
      'h2 Tomas Rell, Chief of Naval Staff of Vessland',
      `clip ${clipIds.routine}`,
      '',
    ]);
  });

  it('puts clips without a speaker in a last "Unattributed" section', () => {
    const anonymous = structuredClone(resolvedClips.routine);
    anonymous.clip.speakerId = null;
    anonymous.speaker = null;
    expect(outline(briefingFromTemplate('by-actor', [anonymous, resolvedClips.warning], registry))).toEqual([
      'h2 Ilse Varga, Foreign Minister of Aldmark',
      `clip ${clipIds.warning}`,
      '',
      'h2 Unattributed',
      `clip ${clipIds.routine}`,
      '',
    ]);
  });

  it('makes a timeline: a section per statement date, in time order', () => {
    expect(outline(briefingFromTemplate('timeline', clips, registry))).toEqual([
      'h2 5 November 2025',
      `clip ${clipIds.warning}`,
      `clip ${clipIds.tricky}`,
      '',
      'h2 6 November 2025',
      `clip ${clipIds.routine}`,
      '',
    ]);
    expect(formatLongDate('2025-11-05')).toBe('5 November 2025');
  });

  it('writes exactly what the Lexical editor writes, so the editor opens it unchanged', () => {
    for (const kind of ['by-actor', 'timeline'] as const) {
      const body = briefingFromTemplate(kind, clips, registry);
      expect(roundTrip(body)).toEqual(JSON.parse(body));
    }
  });

  it('starts an empty briefing with one paragraph when no clips are chosen', () => {
    const body = briefingFromTemplate('timeline', [], registry);
    expect(outline(body)).toEqual(['']);
    expect(roundTrip(body)).toEqual(JSON.parse(body));
  });
});
