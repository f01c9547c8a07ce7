import { useId } from 'react';
import type { Actor } from '../../../electron/common/model';
import { ActorCombobox } from './ActorCombobox';

interface AboutFieldProps {
  about: Actor[];
  actors: readonly Actor[];
  /** Known actors named in the quote, offered with one click. */
  mentioned: Actor[];
  onChange(ids: string[]): void;
  onCreate(name: string): void;
}

/** The actors the quote is about: chips to remove, a finder to add, and the ones named in the quote. */
export function AboutField({ about, actors, mentioned, onChange, onCreate }: AboutFieldProps) {
  const inputId = useId();
  const ids = about.map((a) => a.id);
  const offers = mentioned.filter((a) => !ids.includes(a.id));
  return (
    <div className="Field ClipPanel-field">
      <label htmlFor={inputId}>About</label>
      {about.length > 0 && (
        <ul className="ClipPanel-chips" aria-label="Actors the clip is about">
          {about.map((actor) => (
            <li key={actor.id} className="ClipPanel-chip">
              {actor.name}
              <button
                type="button"
                className="ClipPanel-chipRemove"
                aria-label={`Remove ${actor.name}`}
                onClick={() => onChange(ids.filter((id) => id !== actor.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActorCombobox
        id={inputId}
        actors={actors}
        exclude={ids}
        placeholder="Add an actor…"
        onPick={(actor) => onChange([...ids, actor.id])}
        onCreate={onCreate}
      />
      {offers.length > 0 && (
        <div className="ClipPanel-offers">
          <span className="Field-hint">Named in the quote:</span>
          {offers.map((actor) => (
            <button
              key={actor.id}
              type="button"
              className="Button ClipPanel-offer"
              aria-label={`Add ${actor.name} to About`}
              onClick={() => onChange([...ids, actor.id])}
            >
              + {actor.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
