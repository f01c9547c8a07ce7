import type { Actor } from '../../../electron/common/model';
import { formatDateTime } from '../app/format';
import { kindLabel } from './actorText';
import './ActorTrash.css';

interface ActorTrashProps {
  trash: Actor[];
  loading: boolean;
  onRestore(actor: Actor): void;
}

/** Actors moved to the trash; their clips still name them, and restoring brings them back. */
export function ActorTrash({ trash, loading, onRestore }: ActorTrashProps) {
  return (
    <section className="ActorTrash" aria-labelledby="actor-trash-title">
      <h1 id="actor-trash-title">Deleted actors</h1>
      <p className="ActorTrash-hint">Clips keep their speaker and subjects while an actor is here. Restore an actor to list it again.</p>
      {!loading && trash.length === 0 && <p className="ActorTrash-hint">The trash is empty.</p>}
      {trash.length > 0 && (
        <ul className="ActorTrash-list" aria-label="Deleted actors">
          {trash.map((actor) => (
            <li key={actor.id} className="ActorTrash-item">
              <div className="ActorTrash-text">
                <span className="ActorTrash-name">{actor.name}</span>
                <span className="ActorTrash-meta">
                  {[kindLabel(actor.kind), actor.role].filter(Boolean).join(' · ')}
                  {actor.deletedAt && ` · deleted ${formatDateTime(actor.deletedAt)}`}
                </span>
              </div>
              <button type="button" className="Button" aria-label={`Restore “${actor.name}”`} onClick={() => onRestore(actor)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
