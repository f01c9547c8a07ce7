import { useCallback } from 'react';
import type { BriefingMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useNavigation } from '../app/navigation';
import { useToast } from '../app/Toasts';
import { rememberOpened } from './lastOpened';

export interface BriefingActions {
  create(): Promise<void>;
  open(id: string): void;
  duplicate(briefing: BriefingMeta): Promise<void>;
  /** Moves a briefing to the trash, closes it and offers Undo. */
  trash(briefing: BriefingMeta): Promise<void>;
  restore(briefing: BriefingMeta, reopen?: boolean): Promise<void>;
}

/** What the user does with whole briefings; every failure is said in a toast. */
export function useBriefingActions(): BriefingActions {
  const api = useApi();
  const notify = useToast();
  const { go } = useNavigation();

  const open = useCallback((id: string) => go({ section: 'briefings', briefingId: id }), [go]);
  const fail = useCallback((e: unknown) => notify({ message: errorMessage(e), tone: 'error' }), [notify]);

  const create = useCallback(
    () => api.briefings.create({}).then((briefing) => open(briefing.id), fail),
    [api, open, fail],
  );

  const duplicate = useCallback(
    (briefing: BriefingMeta) =>
      api.briefings.duplicate(briefing.id).then((copy) => {
        open(copy.id);
        notify({ message: `Duplicated as “${copy.title}”.` });
      }, fail),
    [api, open, notify, fail],
  );

  const restore = useCallback(
    (briefing: BriefingMeta, reopen = false) =>
      api.briefings.restore([briefing.id]).then(() => {
        notify({ message: `Restored “${briefing.title}”.` });
        if (reopen) open(briefing.id);
      }, fail),
    [api, notify, open, fail],
  );

  const trash = useCallback(
    (briefing: BriefingMeta) =>
      api.briefings.trash([briefing.id]).then(() => {
        rememberOpened(null);
        go({ section: 'briefings' });
        notify({
          message: `Moved “${briefing.title}” to the trash.`,
          action: { label: 'Undo', run: () => void restore(briefing, true) },
        });
      }, fail),
    [api, go, notify, restore, fail],
  );

  return { create, open, duplicate, trash, restore };
}
