import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ClipView } from '../../../../electron/common/model';
import { useClipViews, type ClipViewsState } from '../../api/useClipViews';
import { $isClipNode, ClipNode } from './ClipNode';

const ClipViewsContext = createContext<ClipViewsState>({ views: {}, error: null });

/**
 * Looks up every clip the briefing embeds in one call, and again when clips, actors or
 * articles change; the clip blocks read their view from here.
 */
export function ClipViewsProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [byKey, setByKey] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(
    () =>
      editor.registerMutationListener(
        ClipNode,
        (mutations) => {
          const changes = editor.read(() =>
            [...mutations].map(([key, mutation]) => {
              const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
              return [key, $isClipNode(node) ? node.getClipId() : null] as const;
            }),
          );
          setByKey((previous) => {
            const next = new Map(previous);
            for (const [key, clipId] of changes) {
              if (clipId) next.set(key, clipId);
              else next.delete(key);
            }
            return next;
          });
        },
        { skipInitialization: false },
      ),
    [editor],
  );

  const ids = useMemo(() => [...new Set(byKey.values())], [byKey]);
  const state = useClipViews(ids);
  return <ClipViewsContext.Provider value={state}>{children}</ClipViewsContext.Provider>;
}

/** The clip as it is now; null when it was deleted, undefined while it is looked up. */
export function useClipView(clipId: string): ClipView | null | undefined {
  const { views } = useContext(ClipViewsContext);
  return clipId in views ? views[clipId] : undefined;
}
