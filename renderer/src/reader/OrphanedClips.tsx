import type { ClipListItem } from '../../../electron/common/model';
import './OrphanedClips.css';

interface OrphanedClipsProps {
  clips: ClipListItem[];
  onOpenClip(clipId: string): void;
}

/**
 * Clips whose quote could not be found again after the text was edited. They are never
 * moved to a look-alike passage; they wait here, with why, for the user to decide.
 */
export function OrphanedClips({ clips, onOpenClip }: OrphanedClipsProps) {
  if (clips.length === 0) return null;
  return (
    <section className="OrphanedClips" aria-labelledby="orphans-title">
      <h2 id="orphans-title" className="Reader-noticeTitle">
        Clips that lost their place
      </h2>
      <p>
        The text of this article was edited and {clips.length === 1 ? 'this quote' : 'these quotes'} could not be found in
        it again, so {clips.length === 1 ? 'it is' : 'they are'} not highlighted. Speaker, tags and note are kept.
      </p>
      <ul className="OrphanedClips-list">
        {clips.map((clip) => (
          <li key={clip.id} className="OrphanedClips-item">
            <blockquote className="OrphanedClips-quote">{clip.selectors.quote.exact}</blockquote>
            <p className="OrphanedClips-reason">{clip.statusReason}</p>
            <button type="button" className="Button" onClick={() => onOpenClip(clip.id)}>
              Open clip
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
