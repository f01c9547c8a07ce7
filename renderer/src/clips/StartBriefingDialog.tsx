import { useState, type FormEvent } from 'react';
import type { BriefingTemplate } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { plural } from '../app/format';
import { Modal } from '../app/Modal';
import { useNavigation } from '../app/navigation';
import './StartBriefingDialog.css';

/** The library refuses larger selections (see the fromTemplate schema). */
const MAX_CLIPS = 10_000;

const TEMPLATES: { template: BriefingTemplate; label: string; hint: string; title: string }[] = [
  { template: 'by-actor', label: 'Grouped by actor', hint: 'A section per speaker, quotes by date.', title: 'What each actor said' },
  { template: 'timeline', label: 'Timeline', hint: 'Every quote in the order it was said.', title: 'Timeline of statements' },
];

interface StartBriefingDialogProps {
  clipIds: string[];
  onClose(): void;
}

/** Starts a briefing from clips with a template, then opens it in the Briefings section. */
export function StartBriefingDialog({ clipIds, onClose }: StartBriefingDialogProps) {
  const api = useApi();
  const { go } = useNavigation();
  const [template, setTemplate] = useState<BriefingTemplate>('by-actor');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(
    clipIds.length > MAX_CLIPS ? `A briefing can start from at most ${MAX_CLIPS.toLocaleString()} clips; narrow the filters.` : null,
  );
  const placeholder = TEMPLATES.find((t) => t.template === template)!.title;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (clipIds.length > MAX_CLIPS) return;
    setBusy(true);
    setError(null);
    api.briefings.fromTemplate(template, clipIds, title.trim() ? { title: title.trim() } : {}).then(
      (briefing) => go({ section: 'briefings', briefingId: briefing.id }),
      (e) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  }

  return (
    <Modal title="Start a briefing" onClose={onClose} className="StartBriefingDialog">
      <form onSubmit={submit} className="StartBriefingDialog-form">
        <p className="StartBriefingDialog-count">From {plural(clipIds.length, 'clip')}.</p>
        <fieldset className="StartBriefingDialog-templates">
          <legend>Arrange the quotes</legend>
          {TEMPLATES.map((t) => (
            <label key={t.template} className="StartBriefingDialog-template">
              <input
                type="radio"
                name="template"
                value={t.template}
                checked={template === t.template}
                onChange={() => setTemplate(t.template)}
              />
              <span>
                <strong>{t.label}</strong>
                <span className="Field-hint">{t.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="Field">
          <label htmlFor="briefing-title">Title</label>
          <input id="briefing-title" className="Input" value={title} placeholder={placeholder} onChange={(e) => setTitle(e.target.value)} />
        </div>
        {error && (
          <p role="alert" className="StartBriefingDialog-error">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={busy || clipIds.length > MAX_CLIPS}>
            Start briefing
          </button>
        </div>
      </form>
    </Modal>
  );
}
