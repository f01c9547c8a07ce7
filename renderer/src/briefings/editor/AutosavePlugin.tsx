import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, type RefObject } from 'react';
import { Autosaver, type SaveStatus } from './autosave';
import { useFlushOnLeave } from './useFlushOnLeave';

interface AutosavePluginProps {
  /** The body as the library has it, so opening a briefing does not save it again. */
  savedBody: string;
  save(body: string): Promise<unknown>;
  onStatus(status: SaveStatus): void;
  describeError(error: unknown): string;
  /** Receives the flush, for actions that must see every keystroke (export, duplicate). */
  flushRef: RefObject<(() => Promise<void>) | null>;
}

/**
 * Saves the body as the user types (selection-only updates are not changes), at most
 * every 300 ms with a last save after the typing stops, and at once when the editor
 * unmounts or the window is closed or reloaded.
 */
export function AutosavePlugin({ savedBody, save, onStatus, describeError, flushRef }: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const saver = new Autosaver(savedBody, {
      read: () => JSON.stringify(editor.getEditorState().toJSON()),
      save,
      onStatus,
      describeError,
    });
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (prevEditorState.isEmpty()) return;
      saver.change();
    });
    flushRef.current = () => saver.flush();
    return () => {
      unregister();
      flushRef.current = null;
      void saver.stop();
    };
    // The saver lives as long as the editor; the callbacks are stable for a briefing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useFlushOnLeave(flushRef);
  return null;
}
