import { useCallback } from 'react';
import type { Clip } from '../../../electron/common/model';
import { useNavigation } from '../app/navigation';

/** Opens a clip's article in the Library section, scrolled to the clip. */
export function useOpenClip(): (clip: Pick<Clip, 'id' | 'articleId'>) => void {
  const { go } = useNavigation();
  return useCallback((clip) => go({ section: 'library', articleId: clip.articleId, clipId: clip.id }), [go]);
}
