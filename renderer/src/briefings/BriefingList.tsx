import type { BriefingMeta } from '../../../electron/common/model';
import { formatDate, formatDateTime, plural } from '../app/format';
import './BriefingList.css';

interface BriefingListProps {
  briefings: BriefingMeta[];
  loading: boolean;
  error: string | null;
  openId: string | null;
  trashCount: number;
  showingTrash: boolean;
  onOpen(id: string): void;
  onNew(): void;
  onNewFromClips(): void;
  onShowTrash(): void;
}

/** The left pane: new briefings, the list (most recently changed first) and the trash. */
export function BriefingList(props: BriefingListProps) {
  const { briefings, loading, error, openId, trashCount, showingTrash } = props;
  return (
    <aside className="BriefingList" aria-label="Briefings">
      <header className="BriefingList-header">
        <h1 className="BriefingList-heading">Briefings</h1>
        <div className="BriefingList-actions">
          <button type="button" className="Button is-primary" onClick={props.onNew}>
            New briefing
          </button>
          <button type="button" className="Button" onClick={props.onNewFromClips}>
            New from clips…
          </button>
        </div>
      </header>
      {error && (
        <p className="BriefingList-message" role="alert">
          The briefings could not be listed: {error}
        </p>
      )}
      {!error && !loading && briefings.length === 0 && (
        <p className="BriefingList-message">No briefings yet. Start one, or start from your clips.</p>
      )}
      {briefings.length > 0 && (
        <ul className="BriefingList-list" aria-label="Your briefings">
          {briefings.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="BriefingList-item"
                aria-current={b.id === openId && !showingTrash ? 'page' : undefined}
                onClick={() => props.onOpen(b.id)}
              >
                <span className="BriefingList-title">{b.title || 'Untitled briefing'}</span>
                <span className="BriefingList-meta">{[b.author, formatDate(b.date)].filter(Boolean).join(' · ')}</span>
                <span className="BriefingList-updated">Updated {formatDateTime(b.updatedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <footer className="BriefingList-footer">
        <span className="BriefingList-count">{plural(briefings.length, 'briefing')}</span>
        <button
          type="button"
          className="Button is-plain"
          aria-current={showingTrash ? 'page' : undefined}
          onClick={props.onShowTrash}
        >
          Trash{trashCount > 0 ? ` (${trashCount})` : ''}
        </button>
      </footer>
    </aside>
  );
}
