import { useState, type FormEvent } from 'react';
import { ACTOR_KINDS, type Actor, type ActorInput, type ActorKind } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { Modal } from '../app/Modal';
import { ActorPicker } from './ActorPicker';
import { AliasChips } from './AliasChips';
import './ActorForm.css';

interface ActorFormProps {
  /** The actor to edit; a new actor when absent. */
  actor?: Actor;
  /** The registry, to choose the affiliation from. */
  actors: Actor[];
  onClose(): void;
  onSaved(actor: Actor): void;
}

interface Fields {
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string;
  affiliationId: string;
  description: string;
}

function fieldsOf(actor?: Actor): Fields {
  return {
    name: actor?.name ?? '',
    kind: actor?.kind ?? 'person',
    aliases: actor?.aliases ?? [],
    role: actor?.role ?? '',
    affiliationId: actor?.affiliationId ?? '',
    description: actor?.description ?? '',
  };
}

/** Creates or edits an actor; the library's refusals (a duplicate name...) show in the form. */
export function ActorForm({ actor, actors, onClose, onSaved }: ActorFormProps) {
  const api = useApi();
  const [fields, setFields] = useState(() => fieldsOf(actor));
  const [aliasDraft, setAliasDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!fields.name.trim()) {
      setNameMissing(true);
      document.getElementById('actor-name')?.focus();
      return;
    }
    const draft = aliasDraft.trim();
    const aliases = draft && !fields.aliases.includes(draft) ? [...fields.aliases, draft] : fields.aliases;
    const input: ActorInput = { ...fields, aliases, affiliationId: fields.affiliationId || null };
    setSaving(true);
    setError(null);
    (actor ? api.actors.update(actor.id, input) : api.actors.create(input)).then(onSaved, (e) => {
      setSaving(false);
      setError(errorMessage(e));
    });
  }

  return (
    <Modal title={actor ? `Edit ${actor.name}` : 'New actor'} onClose={onClose} className="ActorForm">
      <form className="ActorForm-form" onSubmit={submit} noValidate>
        <div className="ActorForm-row">
          <div className="Field">
            <label htmlFor="actor-name">Name</label>
            <input
              id="actor-name"
              className="Input"
              value={fields.name}
              autoFocus
              aria-invalid={nameMissing && !fields.name.trim() ? true : undefined}
              aria-describedby={nameMissing && !fields.name.trim() ? 'actor-name-error' : undefined}
              onChange={(e) => set({ name: e.target.value })}
            />
            {nameMissing && !fields.name.trim() && (
              <span id="actor-name-error" className="ActorForm-error">
                Give the actor a name.
              </span>
            )}
          </div>
          <div className="Field">
            <label htmlFor="actor-kind">Kind</label>
            <select id="actor-kind" className="Input" value={fields.kind} onChange={(e) => set({ kind: e.target.value as ActorKind })}>
              {ACTOR_KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="Field">
          <label htmlFor="actor-aliases">Aliases</label>
          <AliasChips
            id="actor-aliases"
            aliases={fields.aliases}
            draft={aliasDraft}
            onDraft={setAliasDraft}
            onChange={(aliases) => set({ aliases })}
          />
        </div>
        <div className="ActorForm-row">
          <div className="Field">
            <label htmlFor="actor-role">Role</label>
            <input
              id="actor-role"
              className="Input"
              value={fields.role}
              placeholder="e.g. Foreign minister"
              onChange={(e) => set({ role: e.target.value })}
            />
          </div>
          <div className="Field">
            <label htmlFor="actor-affiliation">Affiliation</label>
            <ActorPicker
              id="actor-affiliation"
              value={fields.affiliationId}
              actors={actors}
              excludeId={actor?.id}
              noneLabel="None"
              onChange={(affiliationId) => set({ affiliationId })}
            />
          </div>
        </div>
        <div className="Field">
          <label htmlFor="actor-description">Description</label>
          <textarea
            id="actor-description"
            className="Input ActorForm-description"
            rows={4}
            value={fields.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </div>
        {error && (
          <p role="alert" className="ActorForm-error">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={saving}>
            {actor ? 'Save actor' : 'Create actor'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
