import { describe, expect, it } from 'vitest';
import { verifyQuotes } from '../../../../electron/library/export';
import { clipIds, exportInput, resolvedClips } from '../../../fixtures/export/briefing-fixture';

describe('verifying quotes before export', () => {
  it('lists the deleted clip as missing and the orphaned one as orphaned, in body order', () => {
    const problems = verifyQuotes(exportInput());
    expect(problems.map((p) => [p.clipId, p.kind])).toEqual([
      [clipIds.orphaned, 'orphaned'],
      [clipIds.deleted, 'missing'],
    ]);
    expect(problems[0].message).toContain('The fleet will stay in the strait');
    expect(problems[1].message).toMatch(/deleted/);
  });

  it('passes a quote that is its article text at its position', () => {
    const input = exportInput();
    delete input.clips[clipIds.deleted];
    input.clips[clipIds.orphaned] = resolvedClips.routine;
    // A clip id the caller did not resolve counts as missing, never as fine.
    expect(verifyQuotes(input).map((p) => p.kind)).toEqual(['missing']);
  });

  it('flags a quote whose position no longer holds it as not verbatim, and says it is elsewhere', () => {
    const input = exportInput();
    const warning = structuredClone(resolvedClips.warning);
    warning.clip.selectors.position.start += 1;
    warning.clip.selectors.position.end += 1;
    input.clips[clipIds.warning] = warning;
    const problem = verifyQuotes(input).find((p) => p.clipId === clipIds.warning);
    expect(problem?.kind).toBe('not-verbatim');
    expect(problem?.message).toMatch(/not where the clip points/);
  });

  it('flags a quote that differs from its article by one character', () => {
    const input = exportInput();
    const routine = structuredClone(resolvedClips.routine);
    routine.articleText = routine.articleText.replace('planned in March', 'planned in Marc h');
    input.clips[clipIds.routine] = routine;
    const problem = verifyQuotes(input).find((p) => p.clipId === clipIds.routine);
    expect(problem?.kind).toBe('not-verbatim');
    expect(problem?.message).toMatch(/word for word/);
  });

  it('counts a clip in the trash as missing', () => {
    const input = exportInput();
    input.clips[clipIds.warning] = { ...resolvedClips.warning, clip: { ...resolvedClips.warning.clip, deletedAt: '2025-11-07' } };
    expect(verifyQuotes(input).find((p) => p.clipId === clipIds.warning)?.kind).toBe('missing');
  });
});
