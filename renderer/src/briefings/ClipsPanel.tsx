import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo, useState, type DragEvent } from 'react';
import { formatLongDate } from '../../../electron/common/briefing-doc';
import type { Actor, ClipListItem } from '../../../electron/common/model';
import { useActorRegistry } from '../api/useActorRegistry';
import { useClipList } from '../api/useClipList';
import { plural } from '../app/format';
import { ClipFilterFields } from './ClipFilterFields';
import { ANY, filterOptions, matchesFilter, shortQuote, type PanelFilter } from './clipFilter';
import { CLIP_DRAG_TYPE, INSERT_CLIP_COMMAND } from './editor/ClipInsertPlugin';
import './ClipsPanel.css';

/** Enough to scroll through; more is narrowed with the filters. */
const SHOWN = 200;

function ClipItem({ clip, actors, onInsert }: { clip: ClipListItem; actors: Map<string, Actor>; onInsert(): void }) {
  const speaker = clip.speakerId ? actors.get(clip.speakerId)?.name ?? 'Unknown actor' : 'No speaker';
  const date = formatLongDate(clip.statementDate ?? clip.articlePublished);
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(CLIP_DRAG_TYPE, clip.id);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li className="ClipsPanel-item" draggable onDragStart={onDragStart} title="Drag into the briefing, or use Insert">
      <p className="ClipsPanel-quote">{clip.selectors.quote.exact}</p>
      <p className="ClipsPanel-meta">
        <span className="ClipsPanel-speaker">{speaker}</span> · {[clip.articleOutlet, date].filter(Boolean).join(', ')}
        {clip.status === 'orphaned' && <span className="ClipsPanel-orphaned"> · not found in its article</span>}
      </p>
      <button type="button" className="Button ClipsPanel-insert" aria-label={`Insert “${shortQuote(clip.selectors.quote.exact)}”`} onClick={onInsert}>
        Insert
      </button>
    </li>
  );
}

/** The clips beside the editor: filter them, then drag one in or press Insert. */
export function ClipsPanel() {
  const [editor] = useLexicalComposerContext();
  const { clips, loading, error } = useClipList({});
  const registry = useActorRegistry();
  const [filter, setFilter] = useState<PanelFilter>(ANY);
  const options = useMemo(() => filterOptions(clips, registry.byId), [clips, registry.byId]);
  const matching = useMemo(() => clips.filter((c) => matchesFilter(c, filter, registry.byId)), [clips, filter, registry.byId]);

  const insert = (clipId: string) => {
    editor.dispatchCommand(INSERT_CLIP_COMMAND, clipId);
    editor.focus();
  };

  return (
    <aside className="ClipsPanel" aria-labelledby="clips-panel-title">
      <header className="ClipsPanel-header">
        <h2 id="clips-panel-title" className="ClipsPanel-title">
          Clips
        </h2>
        <span className="ClipsPanel-count" role="status">
          {loading ? '' : matching.length === clips.length ? plural(clips.length, 'clip') : `${matching.length} of ${clips.length}`}
        </span>
      </header>
      <ClipFilterFields idPrefix="clips-panel" filter={filter} options={options} onChange={setFilter} />
      {error && (
        <p className="ClipsPanel-message" role="alert">
          The clips could not be listed: {error}
        </p>
      )}
      {!loading && !error && clips.length === 0 && (
        <p className="ClipsPanel-message">No clips yet. Select a passage in an article to clip it.</p>
      )}
      {!loading && clips.length > 0 && matching.length === 0 && <p className="ClipsPanel-message">No clips match the filters.</p>}
      {matching.length > 0 && (
        <ul className="ClipsPanel-list" aria-label="Clips to insert">
          {matching.slice(0, SHOWN).map((clip) => (
            <ClipItem key={clip.id} clip={clip} actors={registry.byId} onInsert={() => insert(clip.id)} />
          ))}
        </ul>
      )}
      {matching.length > SHOWN && (
        <p className="ClipsPanel-message">
          Showing {SHOWN} of {matching.length}; narrow the filters to see the rest.
        </p>
      )}
    </aside>
  );
}
