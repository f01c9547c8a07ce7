import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../../electron/library/actors/suggest';
import { actor } from './registry';

const matched = (text: string, actors = registry) => findActorMentions(text, actors).map((m) => `${m.actorId}:${m.matched}`);

const registry = [
  actor('a-peskov', 'Dmitry Peskov', 'person', { aliases: ['the Kremlin spokesman'] }),
  actor('a-aldmark', 'Aldmark', 'state', { aliases: ["Aldmark's government"] }),
  actor('a-will', 'Will', 'person'),
  actor('a-mod', 'Aldmark Ministry of Defence', 'organisation'),
];

describe('findActorMentions', () => {
  it('finds names and aliases case-insensitively, with their offsets', () => {
    const text = 'THE KREMLIN SPOKESMAN met Dmitry Peskov.';
    const mentions = findActorMentions(text, registry);
    expect(mentions.map((m) => m.matched)).toEqual(['THE KREMLIN SPOKESMAN', 'Dmitry Peskov']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });

  it('respects word boundaries', () => {
    expect(matched('Aldmarkian pride and Peskovich.')).toEqual([]);
  });

  it('finds possessives and aliases written with either apostrophe', () => {
    expect(matched('Aldmark’s navy; Aldmark\'s coast; Aldmark’s government said.')).toEqual([
      'a-aldmark:Aldmark',
      'a-aldmark:Aldmark',
      "a-aldmark:Aldmark’s government",
    ]);
  });

  it('finds a person by surname alone when no one else has it', () => {
    expect(matched('“No,” Peskov said.')).toEqual(['a-peskov:Peskov']);
  });

  it('needs the capital of a one-word name, so "will" is not Will', () => {
    expect(matched('We will see. Will agreed.')).toEqual(['a-will:Will']);
  });

  it('prefers the longest name where names overlap', () => {
    expect(matched('The Aldmark Ministry of Defence said.')).toEqual(['a-mod:Aldmark Ministry of Defence']);
  });

  it('ignores actors in the trash or merged into another', () => {
    const gone = [actor('x', 'Aldmark', 'state', { deletedAt: '2025-11-02' }), actor('y', 'Vessonia', 'state', { mergedInto: 'z' })];
    expect(matched('Aldmark and Vessonia.', gone)).toEqual([]);
  });
});
