import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../electron/common/model';
import { findQuotations, suggestSpeaker } from '../../../../electron/library/actors/suggest';
import { actor } from './registry';

/** The suggested speaker of the quotation holding `quote`. */
function speakerOf(text: string, quote: string, actors: Actor[] = []) {
  const quotation = findQuotations(text).find((q) => q.text.includes(quote));
  if (!quotation) throw new Error(`no quotation holds ${quote}`);
  return suggestSpeaker(text, quotation, actors);
}

const peskov = actor('a-peskov', 'Dmitry Peskov', 'person', { aliases: ['the Kremlin spokesman'], role: 'Kremlin spokesman' });

describe('suggestSpeaker: attribution patterns', () => {
  it('"...," Peskov said: a known actor by surname', () => {
    const s = speakerOf('“We are not worried,” Peskov said.', 'not worried', [peskov]);
    expect(s).toMatchObject({ name: 'Dmitry Peskov', actorId: 'a-peskov' });
    expect(s!.confidence).toBeGreaterThan(0.8);
  });

  it('"...," said Peskov', () => {
    expect(speakerOf('"We are not worried," said Peskov.', 'not worried', [peskov])?.actorId).toBe('a-peskov');
  });

  it('Peskov said: "..."', () => {
    expect(speakerOf('Peskov said: “We are not worried.”', 'not worried', [peskov])?.actorId).toBe('a-peskov');
  });

  it('Peskov said that... is reported speech, not a quotation', () => {
    expect(findQuotations('Peskov said that the talks were over.')).toEqual([]);
  });

  it('a partial quote inside reported speech belongs to the subject of the speech verb', () => {
    const text = 'Jonas Kettering, a spokesman for the ministry, said afterwards that Reinholt had “said nothing new”.';
    expect(speakerOf(text, 'said nothing new')?.name).toBe('Jonas Kettering');
  });

  it('according to X, "..." and "...," according to X', () => {
    expect(speakerOf('According to Maren Ostby, “nobody has priced this risk.”', 'nobody')?.name).toBe('Maren Ostby');
    expect(speakerOf('“It is a bad week,” according to Sigrun Falk.', 'bad week')?.name).toBe('Sigrun Falk');
  });

  it('X told Reuters: "..." and "...," X told Y', () => {
    expect(speakerOf('Rasmus Edevane told Reuters: “We made the decision on Monday.”', 'decision')?.name).toBe('Rasmus Edevane');
    expect(speakerOf('“We made the decision on Monday,” Rasmus Edevane told the Ledger.', 'decision')?.name).toBe('Rasmus Edevane');
  });

  it('explains X, X added, X wrote, X said in a statement', () => {
    expect(speakerOf('“The level is falling,” explains Leona Farrow, a hydrologist.', 'falling')?.pattern).toContain('explains');
    expect(speakerOf('“He wants to hear from the sailors,” Liesel Brandquist added.', 'sailors')?.name).toBe('Liesel Brandquist');
    expect(speakerOf('Aydin Karavel wrote: “The farmers are not our enemies.”', 'farmers')?.name).toBe('Aydin Karavel');
    expect(speakerOf('Brantholm Line said in a statement: “Our vessels will use the southern route.”', 'vessels')?.name).toBe('Brantholm Line');
  });

  it('he said: the person named in the sentences before', () => {
    const text = 'Karavel denied it. Ilse Varga was not there. Karavel spoke again. “I said forty,” he told reporters.';
    expect(speakerOf(text, 'forty')?.name).toBe('Karavel');
    expect(speakerOf(text, 'forty')?.pattern).toContain('pronoun');
  });

  it('he said skips a name written in his own sentence ("Asked about Oduya\'s complaint, he said")', () => {
    const text = '“We can release any flow,” Ulrich Penner said. Asked about Oduya’s complaint, he said: “That is for the ministers.”';
    expect(speakerOf(text, 'ministers')?.name).toBe('Ulrich Penner');
  });

  it('a quote standing alone continues the speaker of the quote before, in the same or the next paragraph', () => {
    const text = '“Filling will be gradual,” Besim Tarkan told reporters. “Nobody will lose a harvest.”\n\n“We have told Kaldesh so.”';
    expect(speakerOf(text, 'harvest')?.name).toBe('Besim Tarkan');
    expect(speakerOf(text, 'told Kaldesh')?.pattern).toContain('previous paragraph');
  });

  it('a paragraph ending "X said:" attributes the quoted paragraphs after it', () => {
    const text = 'In a statement, the Vessonian Ministry of Fisheries said:\n\n“Fishing will be suspended.\n\n“It is temporary.”';
    expect(speakerOf(text, 'temporary')?.name).toBe('Vessonian Ministry of Fisheries');
  });

  it('a surname stands for the full name written earlier', () => {
    const text = 'Ilse Varga arrived on Monday. “We will talk,” Varga said.';
    expect(speakerOf(text, 'talk')).toMatchObject({ name: 'Ilse Varga', actorId: null });
  });

  it('descriptive apposition on either side of the name', () => {
    expect(speakerOf('Ilse Varga, Aldmark’s foreign minister, said: “We will talk.”', 'talk')?.name).toBe('Ilse Varga');
    expect(speakerOf('Aldmark’s foreign minister Ilse Varga said: “We will talk.”', 'talk')?.name).toBe('Ilse Varga');
    expect(speakerOf('Aldmark’s foreign minister, Ilse Varga, said: “We will talk.”', 'talk')?.name).toBe('Ilse Varga');
  });

  it('a role phrase means the person the article gave that role ("the commodore", "the ministry spokeswoman")', () => {
    const text =
      'Commodore Eskil Rahn inspected the boats. Liesel Brandquist, a spokeswoman for the ministry, spoke next. ' +
      '“We know where they are,” the commodore said. “We do not want an incident,” the ministry spokeswoman said.';
    expect(speakerOf(text, 'where they are')?.name).toBe('Eskil Rahn');
    expect(speakerOf(text, 'incident')?.name).toBe('Liesel Brandquist');
  });

  it('a role phrase picks the holder whose country fits ("the Kaldesh prime minister")', () => {
    const text =
      "Kaldesh's prime minister, Amara Sethe, spoke first. Ulmora's prime minister, Dovran Ilyasov, replied. " +
      '“We will answer when we are ready,” the Kaldesh prime minister said.';
    expect(speakerOf(text, 'answer')?.name).toBe('Amara Sethe');
  });

  it('a registry alias ("the Kremlin spokesman") names its actor', () => {
    const s = speakerOf('“There is no plan,” the Kremlin spokesman said.', 'no plan', [peskov]);
    expect(s).toMatchObject({ actorId: 'a-peskov' });
    expect(s!.pattern).toContain('alias');
  });

  it('a registry role fits a role phrase the article never explains', () => {
    const brandquist = actor('a-lb', 'Liesel Brandquist', 'person', { role: 'spokeswoman for the Aldmark defence ministry' });
    expect(speakerOf('“We do not want an incident,” the defence ministry spokeswoman said.', 'incident', [brandquist])?.actorId).toBe('a-lb');
  });

  it('"the X government" is the state X', () => {
    expect(speakerOf('The Kaldesh government said it would “not sign any agreement”.', 'not sign')?.name).toBe('Kaldesh');
  });

  it('says nothing for an anonymous speaker or a quote nobody speaks', () => {
    expect(speakerOf('“We wave at the frigates,” said a ferry captain who asked not to be named.', 'frigates')).toBeNull();
    expect(speakerOf('Farrow left. At the protest the largest banner read “The Orvel is not a tap”.', 'tap')).toBeNull();
  });

  it('an empty selection or an empty article has no speaker', () => {
    expect(suggestSpeaker('', { start: 0, end: 0 }, [])).toBeNull();
    expect(suggestSpeaker('Rahn said so.', { start: 3, end: 3 }, [])).toBeNull();
  });

  it('a passage that is not a quotation gets the speaker of its sentence', () => {
    const text = 'Liesel Brandquist said the boats had orders to stay one mile from foreign warships.';
    const start = text.indexOf('the boats');
    expect(suggestSpeaker(text, { start, end: text.length - 1 }, [])?.name).toBe('Liesel Brandquist');
  });
});
