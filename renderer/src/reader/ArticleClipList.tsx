import type { Actor, ClipListItem } from '../../../electron/common/model';
import { shortQuote } from './clipLabels';

interface ArticleClipListProps {
  clips: ClipListItem[];
  byId: Map<string, Actor>;
  onOpenClip(clipId: string): void;
}

/** The article's clips in text order, for the keyboard and for a quick look. */
export function ArticleClipList({ clips, byId, onOpenClip }: ArticleClipListProps) {
  return (
    <div className="ReaderSide-clips">
      <p className="ReaderSide-hint">
        Select a passage in the text, then press <strong>Clip</strong> or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd>.
      </p>
      {clips.length === 0 ? (
        <p className="ReaderSide-empty">No clips from this article yet.</p>
      ) : (
        <ul className="ReaderSide-list" aria-label="Clips in this article">
          {clips.map((clip) => (
            <li key={clip.id}>
              <button type="button" className="ReaderSide-clip" onClick={() => onOpenClip(clip.id)}>
                <span className="ReaderSide-quote">“{shortQuote(clip.selectors.quote.exact, 90)}”</span>
                <span className="ReaderSide-meta">
                  {clip.speakerId ? (byId.get(clip.speakerId)?.name ?? 'Unknown actor') : 'No speaker yet'}
                  {clip.status === 'orphaned' && <span className="ReaderSide-lost"> · lost its place</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
