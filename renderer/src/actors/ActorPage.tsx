import type { Actor, ClipListItem } from '../../../electron/common/model';
import { useActorPage } from '../api/useActorPage';
import { ClipCard } from '../clips/ClipCard';
import { useOpenClip } from '../clips/useOpenClip';
import { kindLabel } from './actorText';
import './ActorPage.css';

interface ActorPageProps {
  actorId: string;
  onEdit(actor: Actor): void;
  onMerge(actor: Actor): void;
  onTrash(actor: Actor): void;
  onRestore(actor: Actor): void;
  onOpenActor(id: string): void;
}

/** One actor: who they are, what they said and what was said about them, by date. */
export function ActorPage({ actorId, onEdit, onMerge, onTrash, onRestore, onOpenActor }: ActorPageProps) {
  const { actor, affiliation, said, about, byId, loading, error } = useActorPage(actorId);
  const openClip = useOpenClip();

  if (error) {
    return (
      <p className="ActorPage-state" role="alert">
        This actor could not be shown: {error}
      </p>
    );
  }
  if (!actor) {
    return <p className="ActorPage-state">{loading ? 'Opening the actor…' : 'This actor is no longer in the registry.'}</p>;
  }

  const clipList = (title: string, clips: ClipListItem[], showSpeaker: boolean, empty: string) => {
    const headingId = `actor-${showSpeaker ? 'about' : 'said'}-title`;
    return (
      <section className="ActorPage-clips" aria-labelledby={headingId}>
        <h2 id={headingId}>
          {title} <span className="ActorPage-count">({clips.length})</span>
        </h2>
        {clips.length === 0 ? (
          <p className="ActorPage-empty">{loading ? 'Listing clips…' : empty}</p>
        ) : (
          <ol className="ActorPage-list" aria-label={title}>
            {clips.map((clip) => (
              <ClipCard key={clip.id} clip={clip} showSpeaker={showSpeaker} byId={byId} onOpen={openClip} />
            ))}
          </ol>
        )}
      </section>
    );
  };

  return (
    <article className="ActorPage" aria-labelledby="actor-page-title">
      <div className="ActorPage-toolbar">
        {actor.deletedAt ? (
          <button type="button" className="Button" onClick={() => onRestore(actor)}>
            Restore from trash
          </button>
        ) : (
          <>
            <button type="button" className="Button" onClick={() => onEdit(actor)}>
              Edit
            </button>
            <button type="button" className="Button" onClick={() => onMerge(actor)}>
              Merge into…
            </button>
            <button type="button" className="Button is-danger" onClick={() => onTrash(actor)}>
              Move to trash
            </button>
          </>
        )}
      </div>
      <div className="ActorPage-page">
        <header className="ActorPage-header">
          {actor.deletedAt && <p className="ActorPage-deleted">This actor is in the trash.</p>}
          <h1 id="actor-page-title" className="ActorPage-name">
            {actor.name}
          </h1>
          <dl className="ActorPage-facts">
            <div>
              <dt>Kind</dt>
              <dd>{kindLabel(actor.kind)}</dd>
            </div>
            {actor.role && (
              <div>
                <dt>Role</dt>
                <dd>{actor.role}</dd>
              </div>
            )}
            {affiliation && (
              <div>
                <dt>Affiliation</dt>
                <dd>
                  <button type="button" className="ActorPage-link" onClick={() => onOpenActor(affiliation.id)}>
                    {affiliation.name}
                  </button>
                </dd>
              </div>
            )}
          </dl>
          {actor.aliases.length > 0 && (
            <div className="ActorPage-aliases">
              <span className="ActorPage-label" id="actor-aliases-label">
                Also known as
              </span>
              <ul aria-labelledby="actor-aliases-label">
                {actor.aliases.map((alias) => (
                  <li key={alias}>{alias}</li>
                ))}
              </ul>
            </div>
          )}
          {actor.description && <p className="ActorPage-description">{actor.description}</p>}
        </header>
        {clipList(`What ${actor.name} said`, said, false, `No clips have ${actor.name} as their speaker yet.`)}
        {clipList(`Said about ${actor.name}`, about, true, `No clips are about ${actor.name} yet.`)}
      </div>
    </article>
  );
}
