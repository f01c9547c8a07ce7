import { useEffect } from 'react';
import type { DossierApi } from '../../../electron/common/api';
import type { LibraryEventName, LibraryEvents } from '../../../electron/common/model';
import { getDossier } from './dossier';

/** The library API, for actions (import, update, trash...). */
export function useApi(): DossierApi {
  return getDossier();
}

/** Subscribes to a library change notification for the component's lifetime. */
export function useLibraryEvent<E extends LibraryEventName>(
  event: E,
  listener: (payload: LibraryEvents[E]) => void,
): void {
  useEffect(() => getDossier().on(event, listener), [event, listener]);
}
