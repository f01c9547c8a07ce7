import type { Actor, ClipListItem } from '../../../electron/common/model';
import { dateOf, quoteOf, sourceOf, speakerName } from './clipText';
import './ClipCard.css';

interface ClipCardProps {
  clip: ClipListItem;
  /** Show who said it (on lists of what was said about someone). */
  showSpeaker?: boolean;
  byId: Map<string, Actor>;
  onOpen(clip: ClipListItem): void;
}

/** A quote with its date and source; choosing it opens the article at the clip. */
export function ClipCard({ clip, showSpeaker, byId, onOpen }: ClipCardProps) {
  const orphaned = clip.status === 'orphaned';
  return (
    <li className="ClipCard">
      <button type="button" className="ClipCard-open" title="Open the article at this quote" onClick={() => onOpen(clip)}>
        <span className="ClipCard-quote">“{quoteOf(clip)}”</span>
        <span className="ClipCard-meta">
          {showSpeaker && <span className="ClipCard-speaker">{speakerName(clip, byId)}</span>}
          <span className="ClipCard-date">{dateOf(clip) || 'No date'}</span>
          <span className="ClipCard-source">{sourceOf(clip)}</span>
          {orphaned && (
            <span className="ClipCard-orphaned" title={clip.statusReason}>
              Orphaned
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
