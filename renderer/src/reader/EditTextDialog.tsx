import { useId, useState } from 'react';
import type { Article } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { plural } from '../app/format';
import { Modal } from '../app/Modal';
import { useToast } from '../app/Toasts';
import './EditTextDialog.css';

interface EditTextDialogProps {
  article: Article;
  onClose(): void;
}

/**
 * Replaces the article's text (the previous one is kept as a version). Clips are found
 * again in the new text; those that cannot be are listed as having lost their place.
 */
export function EditTextDialog({ article, onClose }: EditTextDialogProps) {
  const api = useApi();
  const notify = useToast();
  const [text, setText] = useState(article.content.text);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const versions = article.content.versions.length;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.articles.editText(article.id, text);
      const lost = await api.clips.list({ articleId: article.id, status: 'orphaned' });
      notify({
        message: lost.length
          ? `Saved the text. ${plural(lost.length, 'clip')} lost ${lost.length === 1 ? 'its' : 'their'} place: see the list above the text.`
          : 'Saved the text; the previous version is kept.',
      });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Modal title="Edit article text" onClose={onClose} className="EditTextDialog">
      <form
        className="EditTextDialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p id={hintId} className="Field-hint">
          Separate paragraphs with a blank line. The current text is kept as a previous version
          {versions > 0 ? ` (${plural(versions, 'previous version')} kept so far)` : ''}. Clips are found again in the new
          text; any that cannot be found are listed as having lost their place, never moved to a similar passage.
        </p>
        <textarea
          className="Input EditTextDialog-text"
          aria-label="Article text"
          aria-describedby={hintId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
        {error && (
          <p className="EditTextDialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={saving || text === article.content.text}>
            {saving ? 'Saving…' : 'Save text'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
