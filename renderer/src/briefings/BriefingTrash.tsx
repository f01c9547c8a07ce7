import type { BriefingMeta } from '../../../electron/common/model';
import { formatDate, formatDateTime } from '../app/format';
import './BriefingTrash.css';

interface BriefingTrashProps {
  briefings: BriefingMeta[];
  loading: boolean;
  error: string | null;
  onRestore(briefing: BriefingMeta): void;
}

/** Deleted briefings, to bring back. */
export function BriefingTrash({ briefings, loading, error, onRestore }: BriefingTrashProps) {
  return (
    <section className="BriefingTrash" aria-labelledby="briefing-trash-title">
      <h1 id="briefing-trash-title">Deleted briefings</h1>
      <p className="BriefingTrash-hint">Briefings stay here until you restore them.</p>
      {error && <p role="alert">{error}</p>}
      {!loading && !error && briefings.length === 0 && <p className="BriefingTrash-empty">The trash is empty.</p>}
      {briefings.length > 0 && (
        <ul className="BriefingTrash-list" aria-label="Deleted briefings">
          {briefings.map((b) => (
            <li key={b.id} className="BriefingTrash-item">
              <div className="BriefingTrash-text">
                <span className="BriefingTrash-title">{b.title}</span>
                <span className="BriefingTrash-meta">
                  {[b.author, formatDate(b.date)].filter(Boolean).join(' · ')}
                  {b.deletedAt && ` · deleted ${formatDateTime(b.deletedAt)}`}
                </span>
              </div>
              <button type="button" className="Button" aria-label={`Restore “${b.title}”`} onClick={() => onRestore(b)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
