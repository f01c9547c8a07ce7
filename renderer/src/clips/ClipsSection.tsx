import { useState } from 'react';
import { useActorRegistry } from '../api/useActorRegistry';
import { useArticles } from '../api/useArticles';
import { useClipList } from '../api/useClipList';
import { useClipSummary } from '../api/useClipSummary';
import { plural } from '../app/format';
import { useNavigation } from '../app/navigation';
import { ClipFilters } from './ClipFilters';
import { hasFilters, NO_FILTERS, queryOf, type ClipFilterValues } from './clipFilters';
import { ClipTable } from './ClipTable';
import { StartBriefingDialog } from './StartBriefingDialog';
import { useOpenClip } from './useOpenClip';
import { useRemembered } from './useRemembered';
import './ClipsSection.css';

const PAGE = 1000;

/** Every clip in the library, filtered; a selection of them starts a briefing. */
export function ClipsSection() {
  const { go } = useNavigation();
  const openClip = useOpenClip();
  const [filters, setFilters] = useRemembered<ClipFilterValues>('clips.filters', NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [briefingIds, setBriefingIds] = useState<string[] | null>(null);

  const registry = useActorRegistry();
  const summary = useClipSummary();
  const { articles } = useArticles({ sort: 'title', direction: 'asc' });
  // A library can hold 100k clips: list a page, and say when there are more.
  const { clips, loading, error } = useClipList({ ...queryOf(filters), limit: PAGE });
  const tags = summary.tags;
  const truncated = clips.length === PAGE;
  const chosen = clips.filter((c) => selected.has(c.id)).map((c) => c.id);
  const filtered = hasFilters(filters);

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) (on ? next.add(id) : next.delete(id));
      return next;
    });

  return (
    <section className="ClipsSection" aria-labelledby="clips-title">
      <header className="ClipsSection-header">
        <h1 id="clips-title">Clips</h1>
        <span className="ClipsSection-count" role="status">
          {loading && clips.length === 0 ? 'Listing clips…' : plural(clips.length, 'clip')}
          {truncated ? ` shown (the first ${PAGE}; narrow the filters to see others)` : ''}
          {!truncated && filtered && summary.total !== clips.length && ` of ${summary.total}`}
        </span>
        <div className="ClipsSection-actions">
          {chosen.length > 0 && <span className="ClipsSection-selected">{chosen.length} selected</span>}
          <button type="button" className="Button is-primary" disabled={chosen.length === 0} onClick={() => setBriefingIds(chosen)}>
            Start briefing…
          </button>
          <button type="button" className="Button" disabled={clips.length === 0} onClick={() => setBriefingIds(clips.map((c) => c.id))}>
            {filtered ? 'Start briefing from all filtered clips' : 'Start briefing from all clips'}
          </button>
        </div>
      </header>
      <ClipFilters values={filters} actors={registry.actors} tags={tags} articles={articles} onChange={setFilters} />
      <div className="ClipsSection-list">
        {error && (
          <p className="ClipsSection-message is-error" role="alert">
            The clips could not be listed: {error}
          </p>
        )}
        {!error && !loading && clips.length === 0 && (
          <p className="ClipsSection-message">
            {filtered
              ? 'No clips match these filters.'
              : 'No clips yet. Open an article in the Library, select a passage and clip it.'}
          </p>
        )}
        {clips.length > 0 && (
          <ClipTable
            clips={clips}
            byId={registry.byId}
            selected={selected}
            onSelect={select}
            onOpen={openClip}
            onOpenActor={(actorId) => go({ section: 'actors', actorId })}
          />
        )}
      </div>
      {briefingIds && <StartBriefingDialog clipIds={briefingIds} onClose={() => setBriefingIds(null)} />}
    </section>
  );
}
