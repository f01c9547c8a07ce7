import { useCallback, useEffect, useState } from 'react';
import type { ClipSummary } from '../../../electron/common/model';
import { getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

const EMPTY: ClipSummary = { total: 0, tags: [], byActor: {} };

/** Clip totals, tags and per-actor counts; refreshed when clips or articles change. */
export function useClipSummary(): ClipSummary {
  const [summary, setSummary] = useState<ClipSummary>(EMPTY);
  const load = useCallback(() => {
    getDossier().clips.summary().then(setSummary, () => setSummary(EMPTY));
  }, []);
  useEffect(load, [load]);
  useLibraryEvent('clips:changed', load);
  useLibraryEvent('articles:changed', load);
  return summary;
}
