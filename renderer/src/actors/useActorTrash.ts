import { useCallback } from 'react';
import type { Actor } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useToast } from '../app/Toasts';

/** Moving an actor to the trash is cheap to reverse: a toast offers Undo. */
export function useActorTrash(onRestored: (actor: Actor) => void) {
  const api = useApi();
  const notify = useToast();

  const restore = useCallback(
    (actor: Actor) =>
      api.actors.restore([actor.id]).then(
        () => {
          notify({ message: `Restored “${actor.name}”.` });
          onRestored(actor);
        },
        (e) => notify({ message: errorMessage(e), tone: 'error' }),
      ),
    [api, notify, onRestored],
  );

  const trash = useCallback(
    async (actor: Actor) => {
      try {
        await api.actors.trash([actor.id]);
      } catch (e) {
        notify({ message: errorMessage(e), tone: 'error' });
        return false;
      }
      notify({ message: `Moved “${actor.name}” to the trash.`, action: { label: 'Undo', run: () => void restore(actor) } });
      return true;
    },
    [api, notify, restore],
  );

  return { trash, restore };
}
