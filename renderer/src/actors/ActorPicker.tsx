import type { Actor } from '../../../electron/common/model';

interface ActorPickerProps {
  id: string;
  value: string;
  actors: Actor[];
  /** Left out of the choices (the actor itself). */
  excludeId?: string;
  /** The label of the empty choice; without it, a choice is required. */
  noneLabel?: string;
  onChange(id: string): void;
  describedBy?: string;
}

/** Chooses another actor from the registry, by name (typing a name jumps to it). */
export function ActorPicker({ id, value, actors, excludeId, noneLabel, onChange, describedBy }: ActorPickerProps) {
  return (
    <select id={id} className="Input" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
      {noneLabel !== undefined ? <option value="">{noneLabel}</option> : <option value="" disabled>Choose an actor…</option>}
      {actors
        .filter((a) => a.id !== excludeId)
        .map((a) => (
          <option key={a.id} value={a.id}>
            {a.role ? `${a.name} (${a.role})` : a.name}
          </option>
        ))}
    </select>
  );
}
