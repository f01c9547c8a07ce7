import { useState, type FormEvent } from 'react';
import { isSafeUrl } from '../../../../electron/common/briefing-doc';
import { Modal } from '../../app/Modal';

interface LinkDialogProps {
  onLink(url: string): void;
  onClose(): void;
}

/** "example.org/page" reads as a web address; anything that is not web or mail is refused. */
export function normaliseUrl(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  return isSafeUrl(url) ? url : null;
}

/** Asks for the address of a link (Ctrl+K or the toolbar's Link button). */
export function LinkDialog({ onLink, onClose }: LinkDialogProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseUrl(value);
    if (!url) {
      setError('Enter a web address (https://…) or an email link (mailto:…).');
      return;
    }
    onLink(url);
  };

  return (
    <Modal title="Add a link" onClose={onClose}>
      <form onSubmit={submit}>
        <div className="Field">
          <label htmlFor="briefing-link-url">Address</label>
          <input
            id="briefing-link-url"
            className="Input"
            type="text"
            inputMode="url"
            autoFocus
            value={value}
            placeholder="https://"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'briefing-link-error' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {error && (
            <p id="briefing-link-error" className="Field-hint is-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary">
            Add link
          </button>
        </div>
      </form>
    </Modal>
  );
}
