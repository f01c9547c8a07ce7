import { useEffect, useRef } from 'react';
import type { Actor, ClipListItem } from '../../../electron/common/model';
import { dateOf, quoteOf, shortQuote, sourceOf, speakerName } from './clipText';
import './ClipTable.css';

interface ClipTableProps {
  clips: ClipListItem[];
  byId: Map<string, Actor>;
  selected: Set<string>;
  onSelect(ids: string[], selected: boolean): void;
  onOpen(clip: ClipListItem): void;
  onOpenActor(actorId: string): void;
}

/** Clips as rows: a box to select each, the quote (opens the source), speaker, date and source. */
export function ClipTable({ clips, byId, selected, onSelect, onOpen, onOpenActor }: ClipTableProps) {
  const chosen = clips.filter((c) => selected.has(c.id)).length;
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && chosen < clips.length;
  }, [chosen, clips.length]);

  return (
    <table className="ClipTable" aria-label="Clips">
      <thead>
        <tr>
          <th scope="col" className="ClipTable-check">
            <input
              ref={allRef}
              type="checkbox"
              aria-label="Select all clips shown"
              checked={clips.length > 0 && chosen === clips.length}
              onChange={(e) => onSelect(clips.map((c) => c.id), e.target.checked)}
            />
          </th>
          <th scope="col">Quote</th>
          <th scope="col" className="ClipTable-speaker">Speaker</th>
          <th scope="col" className="ClipTable-date">Date</th>
          <th scope="col" className="ClipTable-source">Source</th>
        </tr>
      </thead>
      <tbody>
        {clips.map((clip) => {
          const quote = quoteOf(clip);
          return (
            <tr key={clip.id} className={selected.has(clip.id) ? 'is-selected' : undefined}>
              <td className="ClipTable-check">
                <input
                  type="checkbox"
                  aria-label={`Select clip “${shortQuote(quote)}”`}
                  checked={selected.has(clip.id)}
                  onChange={(e) => onSelect([clip.id], e.target.checked)}
                />
              </td>
              <td>
                <button type="button" className="ClipTable-quote" title="Open the article at this quote" onClick={() => onOpen(clip)}>
                  “{quote}”
                </button>
                {clip.status === 'orphaned' && (
                  <span className="ClipTable-orphaned" title={clip.statusReason}>
                    Orphaned: {clip.statusReason || 'the quote is no longer found in its article.'}
                  </span>
                )}
                {clip.tags.length > 0 && (
                  <span className="ClipTable-tags">
                    {clip.tags.map((t) => (
                      <span key={t} className="ClipTable-tag">
                        {t}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td className="ClipTable-speaker">
                {clip.speakerId && byId.has(clip.speakerId) ? (
                  <button type="button" className="ClipTable-link" onClick={() => onOpenActor(clip.speakerId!)}>
                    {speakerName(clip, byId)}
                  </button>
                ) : (
                  <span className="ClipTable-none">{speakerName(clip, byId)}</span>
                )}
              </td>
              <td className="ClipTable-date">{dateOf(clip) || <span className="ClipTable-none">No date</span>}</td>
              <td className="ClipTable-source">{sourceOf(clip)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
