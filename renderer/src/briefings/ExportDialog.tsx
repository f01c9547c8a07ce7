import { useState, type FormEvent } from 'react';
import type { ExportFormat, PageSize, QuoteProblem } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { Modal } from '../app/Modal';
import { useToast } from '../app/Toasts';
import { ProblemList } from './ProblemList';
import './ExportDialog.css';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'PDF', hint: 'To print or send; page numbers and a sources appendix.' },
  { format: 'md', label: 'Markdown', hint: 'Plain text with footnotes, for other tools.' },
  { format: 'html', label: 'HTML', hint: 'One self-contained web page.' },
];

interface ExportDialogProps {
  briefingId: string;
  title: string;
  /** Saves what is typed first, so the export holds every keystroke. */
  flush(): Promise<void>;
  onClose(): void;
}

const baseName = (file: string) => file.split(/[\\/]/).pop() || file;

/** Chooses a format and page size, checks every quote, and exports (or lists what is wrong). */
export function ExportDialog({ briefingId, title, flush, onClose }: ExportDialogProps) {
  const api = useApi();
  const notify = useToast();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<QuoteProblem[] | null>(null);

  const run = async (force: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      const result = await api.briefings.export(briefingId, { format, pageSize, force });
      if (result.status === 'problems') {
        setProblems(result.problems);
      } else {
        if (result.status === 'saved') notify({ message: `Exported “${title}” to ${baseName(result.fileName)}.` });
        onClose();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  if (problems) {
    return (
      <Modal title="Some quotes cannot be vouched for" onClose={onClose} className="ExportDialog">
        <p>
          {problems.length === 1 ? 'One quote' : `${problems.length} quotes`} in “{title}” did not pass the check. Fix{' '}
          {problems.length === 1 ? 'it' : 'them'} in the briefing or the clips, or export anyway: the export marks{' '}
          {problems.length === 1 ? 'it' : 'each one'}.
        </p>
        <ProblemList problems={problems} />
        {error && (
          <p className="ExportDialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" autoFocus onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="Button is-primary" disabled={busy} onClick={() => void run(true)}>
            {busy ? 'Exporting…' : 'Export anyway'}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="Export briefing" onClose={onClose} className="ExportDialog">
      <form onSubmit={submit} className="ExportDialog-form">
        <fieldset className="ExportDialog-choices">
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.format} className="ExportDialog-choice">
              <input type="radio" name="format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <span>
                <strong>{f.label}</strong>
                <span className="Field-hint">{f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="ExportDialog-choices is-inline" disabled={format === 'md'}>
          <legend>Page size</legend>
          {(['A4', 'Letter'] as const).map((size) => (
            <label key={size} className="ExportDialog-choice">
              <input type="radio" name="page-size" value={size} checked={pageSize === size} onChange={() => setPageSize(size)} />
              <span>{size}</span>
            </label>
          ))}
        </fieldset>
        <p className="Field-hint">Every quote is checked against its article before the file is written.</p>
        {error && (
          <p className="ExportDialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
