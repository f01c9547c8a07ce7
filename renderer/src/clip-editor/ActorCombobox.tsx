import { useId, useState, type KeyboardEvent } from 'react';
import { ACTOR_KINDS, type Actor } from '../../../electron/common/model';
import { actorNamed, matchActors } from './actorMatch';
import './ActorCombobox.css';

interface ActorComboboxProps {
  /** The input's id, for a visible <label htmlFor>. */
  id: string;
  actors: readonly Actor[];
  /** Actors not to offer (already chosen). */
  exclude?: readonly string[];
  placeholder?: string;
  onPick(actor: Actor): void;
  /** When given, a typed name that is not an actor can be added to the registry. */
  onCreate?(name: string): void;
}

type Option = { kind: 'actor'; actor: Actor } | { kind: 'create'; name: string };

const kindLabel = (actor: Actor) => ACTOR_KINDS.find((k) => k.kind === actor.kind)?.label ?? actor.kind;

/** A text field that finds actors by name or alias as the user types (ARIA combobox with a listbox). */
export function ActorCombobox({ id, actors, exclude = [], placeholder, onPick, onCreate }: ActorComboboxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const candidates = actors.filter((a) => !exclude.includes(a.id));
  const options: Option[] = matchActors(candidates, text).map((actor) => ({ kind: 'actor', actor }));
  const typed = text.trim();
  if (onCreate && typed && !actorNamed(actors, typed)) options.push({ kind: 'create', name: typed });
  const current = Math.min(active, options.length - 1);
  const expanded = open && options.length > 0;

  const choose = (option: Option) => {
    if (option.kind === 'actor') onPick(option.actor);
    else onCreate?.(option.name);
    setText('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(options[current]);
    } else if (event.key === 'Escape' && (open || text)) {
      // Closes the list (or clears the field) without closing the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      if (open) setOpen(false);
      else setText('');
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <div className="ActorCombobox">
      <input
        id={id}
        className="Input"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(current) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul className="ActorCombobox-list" role="listbox" id={listId} aria-label="Actors">
          {options.map((option, index) => (
            <li
              key={option.kind === 'actor' ? option.actor.id : 'create'}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="ActorCombobox-option"
              // Keeps the focus in the field, so choosing does not blur (and close) first.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(option)}
            >
              {option.kind === 'actor' ? (
                <>
                  <span className="ActorCombobox-name">{option.actor.name}</span>
                  <span className="ActorCombobox-meta">{[kindLabel(option.actor), option.actor.role].filter(Boolean).join(' · ')}</span>
                </>
              ) : (
                <span className="ActorCombobox-name">Add “{option.name}” as a new actor</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
