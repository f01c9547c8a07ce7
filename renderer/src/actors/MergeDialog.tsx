import { useState } from 'react';
import type { Actor } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useClipList } from '../api/useClipList';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { plural } from '../app/format';
import { Modal } from '../app/Modal';
import { ActorPicker } from './ActorPicker';
import './MergeDialog.css';

interface MergeDialogProps {
  actor: Actor;
  actors: Actor[];
  onClose(): void;
  onMerged(into: Actor, movedClips: number): void;
}

/** Merges an actor into another: choose the other, then confirm how many clips move. */
export function MergeDialog({ actor, actors, onClose, onMerged }: MergeDialogProps) {
  const api = useApi();
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { clips, loading } = useClipList({ actorId: actor.id });
  const into = actors.find((a) => a.id === intoId);

  const merge = () => {
    setError(null);
    api.actors.merge(actor.id, intoId).then(
      ({ actor: merged, movedClips }) => onMerged(merged, movedClips),
      (e) => {
        setConfirming(false);
        setError(errorMessage(e));
      },
    );
  };

  if (confirming && into) {
    return (
      <ConfirmDialog
        title="Merge actors?"
        message={
          `${plural(clips.length, 'clip')} by or about “${actor.name}” will move to “${into.name}”. ` +
          `“${actor.name}”${actor.aliases.length ? ' and its aliases' : ''} will become ${actor.aliases.length ? 'aliases' : 'an alias'} of “${into.name}”, ` +
          `and “${actor.name}” will leave the registry. This cannot be undone.`
        }
        confirmLabel={`Merge into ${into.name}`}
        onConfirm={merge}
        onCancel={() => setConfirming(false)}
      />
    );
  }
  return (
    <Modal title={`Merge “${actor.name}” into another actor`} onClose={onClose}>
      <form
        className="MergeDialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (into) setConfirming(true);
        }}
      >
        <p>
          Use this when two entries are the same actor. Every clip said by or about “{actor.name}” moves to the actor you
          choose, which keeps its names as aliases.
        </p>
        <div className="Field">
          <label htmlFor="merge-into">Merge into</label>
          <ActorPicker id="merge-into" value={intoId} actors={actors} excludeId={actor.id} onChange={setIntoId} />
        </div>
        {error && (
          <p role="alert" className="MergeDialog-error">
            {error}
          </p>
        )}
        <div className="Modal-actions">
          <button type="button" className="Button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="Button is-primary" disabled={!into || loading}>
            Continue…
          </button>
        </div>
      </form>
    </Modal>
  );
}
