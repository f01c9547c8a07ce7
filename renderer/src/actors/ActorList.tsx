import { ACTOR_KINDS, type Actor, type ActorKind } from '../../../electron/common/model';
import { plural } from '../app/format';
import { kindLabel, matchesText, type ClipCounts } from './actorText';
import './ActorList.css';

interface ActorListProps {
  actors: Actor[];
  byId: Map<string, Actor>;
  counts: Map<string, ClipCounts>;
  loading: boolean;
  error: string | null;
  text: string;
  kind: '' | ActorKind;
  selectedId: string | null;
  trashCount: number;
  showingTrash: boolean;
  onText(text: string): void;
  onKind(kind: '' | ActorKind): void;
  onSelect(id: string): void;
  onNew(): void;
  onShowTrash(): void;
}

/** The actor registry: a filter box and kind filter, the actors, and the way to their trash. */
export function ActorList(props: ActorListProps) {
  const { byId, counts, text, kind, selectedId } = props;
  const shown = props.actors.filter((a) => (!kind || a.kind === kind) && matchesText(a, text));
  const filtering = Boolean(text.trim() || kind);
  return (
    <aside className="ActorList" aria-label="Actor registry">
      <header className="ActorList-header">
        <h1 className="ActorList-title">Actors</h1>
        <button type="button" className="Button is-primary" onClick={props.onNew}>
          New actor
        </button>
      </header>
      <div className="ActorList-filters">
        <input
          type="search"
          className="Input"
          aria-label="Filter actors"
          placeholder="Filter actors"
          title="Matches names, aliases and roles"
          value={text}
          onChange={(e) => props.onText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              props.onText('');
            }
          }}
        />
        <select
          className="Input"
          aria-label="Kind of actor"
          value={kind}
          onChange={(e) => props.onKind(e.target.value as '' | ActorKind)}
        >
          <option value="">All kinds</option>
          {ACTOR_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {props.error && (
        <p className="ActorList-message is-error" role="alert">
          The actors could not be listed: {props.error}
        </p>
      )}
      {!props.error && !props.loading && shown.length === 0 && (
        <p className="ActorList-message">
          {filtering ? 'No actors match the filter.' : 'No actors yet. Add the people, states and organisations you follow.'}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="ActorList-list" aria-label="Actors">
          {shown.map((actor) => {
            const c = counts.get(actor.id) ?? { said: 0, about: 0 };
            const affiliation = actor.affiliationId ? byId.get(actor.affiliationId)?.name : undefined;
            return (
              <li key={actor.id}>
                <button
                  type="button"
                  className="ActorList-item"
                  aria-current={!props.showingTrash && actor.id === selectedId ? 'true' : undefined}
                  onClick={() => props.onSelect(actor.id)}
                >
                  <span className="ActorList-name">{actor.name}</span>
                  <span className="ActorList-meta">
                    {[kindLabel(actor.kind), actor.role, affiliation].filter(Boolean).join(' · ')}
                  </span>
                  <span className="ActorList-counts">
                    {c.said} said · {c.about} about
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <footer className="ActorList-footer">
        <span className="ActorList-count" role="status">
          {filtering ? `${shown.length} of ${plural(props.actors.length, 'actor')}` : plural(props.actors.length, 'actor')}
        </span>
        <button
          type="button"
          className="Button is-plain"
          aria-current={props.showingTrash ? 'page' : undefined}
          onClick={props.onShowTrash}
        >
          Trash{props.trashCount > 0 ? ` (${props.trashCount})` : ''}
        </button>
      </footer>
    </aside>
  );
}
