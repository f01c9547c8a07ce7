import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Briefing, BriefingInput } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { Autosaver, type SaveStatus } from './editor/autosave';
import { useFlushOnLeave } from './editor/useFlushOnLeave';
import { ExportDialog } from './ExportDialog';
import type { BriefingActions } from './useBriefingActions';
import './BriefingHeader.css';

interface BriefingHeaderProps {
  briefing: Briefing;
  bodyStatus: SaveStatus;
  flushRef: RefObject<(() => Promise<void>) | null>;
  /** Saves title, author, date and body now, before an action that reads them. */
  flushAll(): Promise<void>;
  actions: BriefingActions;
}

type Fields = { title: string; author: string; date: string };

/** What is sent: an empty title or date is not saved (the library needs both). */
function patchOf(fields: Fields): BriefingInput {
  return {
    author: fields.author,
    ...(fields.title.trim() && { title: fields.title }),
    ...(fields.date && { date: fields.date }),
  };
}

function statusText(body: SaveStatus, meta: SaveStatus): { text: string; error: boolean } {
  const failed = [body, meta].find((s) => s.state === 'error');
  if (failed) return { text: failed.message ?? 'Not saved.', error: true };
  if (body.state === 'saving' || meta.state === 'saving') return { text: 'Saving…', error: false };
  return { text: 'Saved', error: false };
}

/** Title, author and date (saved as they are typed), the save status, and the briefing's actions. */
export function BriefingHeader({ briefing, bodyStatus, flushRef, flushAll, actions }: BriefingHeaderProps) {
  const api = useApi();
  const [fields, setFields] = useState<Fields>({ title: briefing.title, author: briefing.author, date: briefing.date.slice(0, 10) });
  const [metaStatus, setMetaStatus] = useState<SaveStatus>({ state: 'saved' });
  const [exporting, setExporting] = useState(false);
  const latest = useRef(fields);
  latest.current = fields;
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    const s = new Autosaver(JSON.stringify(patchOf(latest.current)), {
      read: () => JSON.stringify(patchOf(latest.current)),
      save: (patch) => api.briefings.update(briefing.id, JSON.parse(patch) as BriefingInput),
      onStatus: setMetaStatus,
      describeError: (e) => `The details could not be saved: ${errorMessage(e)}`,
    });
    saver.current = s;
    flushRef.current = () => s.flush();
    return () => {
      flushRef.current = null;
      void s.stop();
    };
  }, [api, briefing.id, flushRef]);
  useFlushOnLeave(flushRef);

  const set = (patch: Partial<Fields>) => {
    latest.current = { ...latest.current, ...patch };
    setFields(latest.current);
    saver.current?.change();
  };
  const meta = { ...briefing, ...patchOf(fields) };
  const status = statusText(bodyStatus, metaStatus);

  return (
    <header className="BriefingHeader">
      <div className="BriefingHeader-fields">
        <input
          className="BriefingHeader-title"
          aria-label="Title"
          value={fields.title}
          placeholder="Title"
          aria-invalid={!fields.title.trim() || undefined}
          aria-describedby={!fields.title.trim() ? 'briefing-title-error' : undefined}
          onChange={(e) => set({ title: e.target.value })}
        />
        {!fields.title.trim() && (
          <p id="briefing-title-error" className="BriefingHeader-fieldError">
            A briefing needs a title; the last one is kept until you type a new one.
          </p>
        )}
        <div className="BriefingHeader-row">
          <label className="BriefingHeader-field">
            <span>Author</span>
            <input className="Input" value={fields.author} placeholder="Your name" onChange={(e) => set({ author: e.target.value })} />
          </label>
          <label className="BriefingHeader-field">
            <span>Date</span>
            <input className="Input" type="date" required value={fields.date} onChange={(e) => set({ date: e.target.value })} />
          </label>
          <span className={`BriefingHeader-status${status.error ? ' is-error' : ''}`} role="status" aria-live="polite">
            {status.text}
          </span>
        </div>
      </div>
      <div className="BriefingHeader-actions">
        <button type="button" className="Button is-primary" onClick={() => setExporting(true)}>
          Export…
        </button>
        <button type="button" className="Button" onClick={() => void flushAll().then(() => actions.duplicate(meta))}>
          Duplicate
        </button>
        <button type="button" className="Button is-danger" onClick={() => void flushAll().then(() => actions.trash(meta))}>
          Move to trash
        </button>
      </div>
      {exporting && (
        <ExportDialog briefingId={briefing.id} title={meta.title} flush={flushAll} onClose={() => setExporting(false)} />
      )}
    </header>
  );
}
