import { useMemo, useState, type FormEvent } from 'react';
import { formatLongDate } from '../../../electron/common/briefing-doc';
import type { BriefingTemplate } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useActorRegistry } from '../api/useActorRegistry';
import { useApi } from '../api/useApi';
import { useClipList } from '../api/useClipList';
import { plural } from '../app/format';
import { Modal } from '../app/Modal';
import { ClipFilterFields } from './ClipFilterFields';
import { ANY, filterOptions, matchesFilter, shortQuote, type PanelFilter } from './clipFilter';
import './TemplateDialog.css';

const TEMPLATES: { template: BriefingTemplate; label: string; hint: string }[] = [
  { template: 'by-actor', label: 'Grouped by actor', hint: 'A section per speaker: what each one said, by date.' },
  { template: 'timeline', label: 'Timeline', hint: 'A section per day, quotes in the order they were said.' },
];

interface TemplateDialogProps {
  onClose(): void;
  onCreated(id: string): void;
}

/** "New from clips…": a template over the filtered clips, or over the ones checked. */
export function TemplateDialog({ onClose, onCreated }: TemplateDialogProps) {
  const api = useApi();
  const { clips, loading } = useClipList({});
  const registry = useActorRegistry();
  const [template, setTemplate] = useState<BriefingTemplate>('by-actor');
  const [title, setTitle] = useState('');
  const [filter, setFilter] = useState<PanelFilter>(ANY);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [onlyChecked, setOnlyChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => filterOptions(clips, registry.byId), [clips, registry.byId]);
  const matching = useMemo(() => clips.filter((c) => matchesFilter(c, filter, registry.byId)), [clips, filter, registry.byId]);
  const chosen = onlyChecked ? clips.filter((c) => checked.has(c.id)) : matching;

  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChecked(next);
    setOnlyChecked(next.size > 0);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen.length) {
      setError(onlyChecked ? 'Check at least one clip.' : 'No clips match the filters.');
      return;
    }
    setBusy(true);
    setError(null);
    api.briefings.fromTemplate(template, chosen.map((c) => c.id), title.trim() ? { title: title.trim() } : {}).then(
      (briefing) => onCreated(briefing.id),
      (e) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <Modal title="New briefing from clips" onClose={onClose} className="TemplateDialog">
      <form onSubmit={submit} className="TemplateDialog-form">
        <fieldset className="TemplateDialog-group">
          <legend>Arrange the quotes</legend>
          {TEMPLATES.map((t) => (
            <label key={t.template} className="TemplateDialog-choice">
              <input type="radio" name="template" checked={template === t.template} onChange={() => setTemplate(t.template)} />
              <span>
                <strong>{t.label}</strong> <span className="Field-hint">{t.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="Field">
          <label htmlFor="template-title">Title</label>
          <input id="template-title" className="Input" value={title} placeholder="Chosen by the template" onChange={(e) => setTitle(e.target.value)} />
        </div>
        <fieldset className="TemplateDialog-group">
          <legend>Clips</legend>
          <ClipFilterFields idPrefix="template" filter={filter} options={options} onChange={setFilter} />
          <label className="TemplateDialog-choice">
            <input type="radio" name="which" checked={!onlyChecked} onChange={() => setOnlyChecked(false)} />
            <span>All {plural(matching.length, 'clip')} that match the filters</span>
          </label>
          <label className="TemplateDialog-choice">
            <input type="radio" name="which" checked={onlyChecked} onChange={() => setOnlyChecked(true)} />
            <span>Only the clips I check ({checked.size})</span>
          </label>
          {loading ? (
            <p className="Field-hint">Listing the clips…</p>
          ) : (
            <ul className="TemplateDialog-clips" aria-label="Clips">
              {matching.map((clip) => (
                <li key={clip.id}>
                  <label className="TemplateDialog-clip">
                    <input type="checkbox" checked={checked.has(clip.id)} onChange={() => toggle(clip.id)} />
                    <span>
                      “{shortQuote(clip.selectors.quote.exact, 110)}”
                      <span className="Field-hint">
                        {[clip.speakerId ? registry.byId.get(clip.speakerId)?.name : 'No speaker', clip.articleOutlet, formatLongDate(clip.statementDate ?? clip.articlePublished)]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        {error && (
          <p className="TemplateDialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={busy}>
            Start from {plural(chosen.length, 'clip')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
