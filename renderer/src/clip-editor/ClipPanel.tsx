import { useId } from 'react';
import type { Article, ArticleSuggestions } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import type { ActorRegistryState } from '../api/useActorRegistry';
import { useApi } from '../api/useApi';
import { useClipEditor } from '../api/useClipEditor';
import { useToast } from '../app/Toasts';
import { ClipForm } from './ClipForm';
import './ClipPanel.css';

interface ClipPanelProps {
  clipId: string;
  article: Article;
  registry: ActorRegistryState;
  suggestions: ArticleSuggestions | null;
  onClose(): void;
  /** A deleted clip came back (Undo): show it again. */
  onRestored(clipId: string): void;
}

const SAVE_TEXT = { saved: 'Saved', saving: 'Saving…', error: 'Not saved' } as const;

/** One clip beside the reader: its quote, speaker, actors, tags, date and note, saved as the user edits. */
export function ClipPanel({ clipId, article, registry, suggestions, onClose, onRestored }: ClipPanelProps) {
  const api = useApi();
  const notify = useToast();
  const editor = useClipEditor(clipId);
  const titleId = useId();
  const { clip } = editor;

  const restore = () =>
    api.clips.restore([clipId]).then(
      () => {
        notify({ message: 'Restored the clip.' });
        onRestored(clipId);
      },
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );

  const trash = async () => {
    editor.flush();
    try {
      await api.clips.trash([clipId]);
    } catch (e) {
      notify({ message: errorMessage(e), tone: 'error' });
      return;
    }
    notify({ message: 'Moved the clip to the trash.', action: { label: 'Undo', run: restore } });
    onClose();
  };

  return (
    <section className="ClipPanel" aria-labelledby={titleId}>
      <header className="ClipPanel-header">
        <h2 id={titleId} className="ClipPanel-title">
          Clip
        </h2>
        <span className={`ClipPanel-save is-${editor.saveState}`} role="status">
          {clip ? SAVE_TEXT[editor.saveState] : ''}
        </span>
        <button type="button" className="Button is-plain" onClick={onClose}>
          Close clip
        </button>
      </header>
      {editor.error && (
        <p className="ClipPanel-error" role="alert">
          This clip could not be opened: {editor.error}
        </p>
      )}
      {editor.saveState === 'error' && (
        <p className="ClipPanel-error" role="alert">
          Your last change was not saved: {editor.saveError}{' '}
          <button type="button" className="Button" onClick={editor.flush}>
            Try again
          </button>
        </p>
      )}
      {clip?.deletedAt && (
        <p className="ClipPanel-notice">
          This clip is in the trash.{' '}
          <button type="button" className="Button" onClick={restore}>
            Restore
          </button>
        </p>
      )}
      {clip && (
        <ClipForm clip={clip} article={article} registry={registry} suggestions={suggestions} onChange={editor.change} />
      )}
      {clip && !clip.deletedAt && (
        <footer className="ClipPanel-footer">
          <button type="button" className="Button is-danger" onClick={trash}>
            Delete clip
          </button>
        </footer>
      )}
    </section>
  );
}
