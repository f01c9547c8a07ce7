import { describe, expect, it } from 'vitest';
import { dateLine, normalizePublished } from '../../../../electron/library/import/dates';

describe('publication dates as news sites print them', () => {
  it.each([
    ['05.11.2025, 05:06', '2025-11-05T05:06'],
    ['05.11.2025', '2025-11-05'],
    ['5.11.25', '2025-11-05'],
    ['05/11/2025', '2025-11-05'],
    ['11/25/2025', '2025-11-25'],
    ['2025-11-05', '2025-11-05'],
    ['2025/11/05', '2025-11-05'],
    ['November 5, 2025', '2025-11-05'],
    ['Nov. 5, 2025 at 5:06 p.m.', '2025-11-05T17:06'],
    ['Nov. 5, 2025 - 5:06 PM', '2025-11-05T17:06'],
    ['Nov 5 2025, 12:30 AM EST', '2025-11-05T00:30'],
    ['5 November 2025', '2025-11-05'],
    ['5th Nov 2025', '2025-11-05'],
    ['Wednesday, November 5, 2025', '2025-11-05'],
    ['Wed 5 Nov 2025 17.06 GMT', '2025-11-05T17:06'],
    ['Published: 5 November 2025', '2025-11-05'],
    ['Updated 5 November 2025 14:30', '2025-11-05T14:30'],
    ['Mittwoch, 5. November 2025, 14:30 Uhr', '2025-11-05T14:30'],
    ['5 de noviembre de 2025', '2025-11-05'],
    ['mercredi 5 novembre 2025', '2025-11-05'],
    ['Updated 11:32 AM EST, Wed November 5, 2025', '2025-11-05T11:32'],
  ])('reads "%s" as %s', (line, expected) => {
    expect(dateLine(line)?.value).toBe(expected);
  });

  it.each(['31.02.2025', '2025-13-01', 'November 5', 'May the ferries sail again', '5 November 2025 was calm', '25:61 on 5.11.2025'])(
    'does not take "%s" for a date line',
    (line) => {
      expect(dateLine(line)).toBeNull();
    },
  );

  it('labels update dates, so a publication date wins over them', () => {
    expect(dateLine('Last updated: 6 November 2025')?.updated).toBe(true);
    expect(dateLine('Published 5 November 2025')?.updated).toBe(false);
  });

  it('keeps the wall-clock time of page metadata and never invents or applies a time zone', () => {
    expect(normalizePublished('2025-11-05T05:06:00+01:00')).toBe('2025-11-05T05:06');
    expect(normalizePublished('2025-11-05T23:30:00.000Z')).toBe('2025-11-05T23:30');
    expect(normalizePublished('Tue, 04 Nov 2025 05:06:00 GMT')).toBe('2025-11-04T05:06');
    expect(normalizePublished('2025-11-05')).toBe('2025-11-05');
    expect(normalizePublished('yesterday')).toBeNull();
  });
});
