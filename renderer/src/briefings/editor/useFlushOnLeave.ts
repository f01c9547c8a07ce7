import { useEffect, type RefObject } from 'react';

/**
 * Sends pending saves when the window is closed, reloaded or hidden. The request
 * leaves the page synchronously, before the page is gone; the library finishes it.
 */
export function useFlushOnLeave(flushRef: RefObject<(() => Promise<void>) | null>): void {
  useEffect(() => {
    const flush = () => void flushRef.current?.();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flushRef]);
}
