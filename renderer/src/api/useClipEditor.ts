import { useCallback, useEffect, useRef, useState } from 'react';
import type { Clip, ClipPatch } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

/** `saved`: nothing waits; `saving`: changes wait for the pause or are on their way; `error`: the last save failed. */
export type SaveState = 'saved' | 'saving' | 'error';

export interface ClipEditorState {
  clip: Clip | null;
  /** Why the clip could not be opened. */
  error: string | null;
  saveState: SaveState;
  saveError: string | null;
  /** Changes the clip at once on screen; saves after a short pause in typing. */
  change(patch: ClipPatch): void;
  /** Saves what is waiting now (Retry, or before closing). */
  flush(): void;
}

/** How long typing must pause before a change is saved. */
export const AUTOSAVE_MS = 400;

/** One clip being edited, saved as the user types (debounced), with a visible save state. */
export function useClipEditor(clipId: string): ClipEditorState {
  const [clip, setClip] = useState<Clip | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<ClipPatch | null>(null);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const load = useCallback(() => {
    getDossier()
      .clips.get(clipId)
      .then(
        // Never overwrite what the user typed and has not saved yet.
        (next) => mounted.current && !pending.current && inFlight.current === 0 && setClip(next),
        (e) => mounted.current && setError(errorMessage(e)),
      );
  }, [clipId]);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    inFlight.current += 1;
    getDossier()
      .clips.update(clipId, patch)
      .then(
        () => {
          inFlight.current -= 1;
          if (!mounted.current) return;
          if (!pending.current && inFlight.current === 0) {
            setSaveState('saved');
            setSaveError(null);
          }
        },
        (e) => {
          inFlight.current -= 1;
          // Keep the failed change so Retry (or the next edit) sends it again.
          pending.current = { ...patch, ...pending.current };
          if (!mounted.current) return;
          setSaveState('error');
          setSaveError(errorMessage(e));
        },
      );
  }, [clipId]);

  const change = useCallback(
    (patch: ClipPatch) => {
      setClip((c) => (c ? { ...c, ...patch } : c));
      pending.current = { ...pending.current, ...patch };
      setSaveState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_MS);
    },
    [save],
  );

  useEffect(() => {
    mounted.current = true;
    setClip(null);
    setError(null);
    load();
    return () => {
      mounted.current = false;
      // Closing the panel (or opening another clip) saves what is waiting.
      save();
    };
  }, [load, save]);

  useLibraryEvent(
    'clips:changed',
    useCallback(({ ids }: { ids: string[] }) => ids.includes(clipId) && load(), [clipId, load]),
  );

  return { clip, error, saveState, saveError, change, flush: save };
}
