import { useCallback, useEffect, useState } from 'react';
import type { LibraryInfo, LibraryWarning } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface LibraryInfoState {
  info: LibraryInfo | null;
  /** Warnings from opening the library plus any raised since. */
  warnings: LibraryWarning[];
  error: string | null;
  dismissWarning(warning: LibraryWarning): void;
}

/** Where the library is, its counts, and the warnings the user must see. */
export function useLibraryInfo(): LibraryInfoState {
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [warnings, setWarnings] = useState<LibraryWarning[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback((withWarnings: boolean) => {
    getDossier()
      .library.info()
      .then(
        (next) => {
          setInfo(next);
          setError(null);
          if (withWarnings) setWarnings(next.warnings);
        },
        (e) => setError(errorMessage(e)),
      );
  }, []);

  useEffect(() => load(true), [load]);
  useLibraryEvent('articles:changed', useCallback(() => load(false), [load]));
  useLibraryEvent(
    'library:warning',
    useCallback(
      // A warning raised while the first info() was on its way arrives twice: keep one.
      (w: LibraryWarning) =>
        setWarnings((list) => (list.some((x) => x.at === w.at && x.file === w.file && x.code === w.code) ? list : [...list, w])),
      [],
    ),
  );

  const dismissWarning = useCallback(
    (warning: LibraryWarning) => setWarnings((list) => list.filter((w) => w !== warning)),
    [],
  );
  return { info, warnings, error, dismissWarning };
}
