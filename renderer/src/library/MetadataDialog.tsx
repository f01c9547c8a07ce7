import { useState, type FormEvent } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { Modal } from '../app/Modal';
import { useToast } from '../app/Toasts';
import { fieldsFrom, patchFrom, validate, type MetadataFields } from './metadataForm';
import './MetadataDialog.css';

interface MetadataDialogProps {
  article: ArticleMeta;
  onClose(): void;
}

const LABELS: Record<keyof MetadataFields, string> = {
  title: 'Title',
  outlet: 'Outlet',
  authors: 'Authors',
  published: 'Published',
  url: 'Original address (URL)',
  tags: 'Tags',
};

const HINTS: Partial<Record<keyof MetadataFields, string>> = {
  authors: 'Separate several names with commas.',
  tags: 'Separate tags with commas, e.g. naval, sanctions.',
};

/** Edits an article's details; saving also confirms what import guessed. */
export function MetadataDialog({ article, onClose }: MetadataDialogProps) {
  const api = useApi();
  const notify = useToast();
  const [fields, setFields] = useState(() => fieldsFrom(article));
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const errors = validate(fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    api.articles.update(article.id, patchFrom(fields, article)).then(
      () => {
        notify({ message: 'Saved the article details.' });
        onClose();
      },
      (e) => {
        setSaving(false);
        setSaveError(errorMessage(e));
      },
    );
  }

  function field(name: keyof MetadataFields, type = 'text') {
    const id = `meta-${name}`;
    const error = showErrors ? errors[name] : undefined;
    const describedBy = [HINTS[name] && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
    return (
      <div className="Field">
        <label htmlFor={id}>{LABELS[name]}</label>
        <input
          id={id}
          type={type}
          className="Input"
          value={fields[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
        />
        {HINTS[name] && (
          <span id={`${id}-hint`} className="Field-hint">
            {HINTS[name]}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="MetadataDialog-error">
            {error}
          </span>
        )}
      </div>
    );
  }

  return (
    <Modal title="Edit article details" onClose={onClose} className="MetadataDialog">
      <form className="MetadataDialog-form" onSubmit={submit} noValidate>
        {field('title')}
        <div className="MetadataDialog-row">
          {field('outlet')}
          {field('published', 'date')}
        </div>
        {field('authors')}
        {field('url', 'url')}
        {field('tags')}
        {saveError && (
          <p role="alert" className="MetadataDialog-error">
            {saveError}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={saving}>
            Save details
          </button>
        </div>
      </form>
    </Modal>
  );
}
