import { useEffect, useRef } from 'react';

type Range = { start: number; end: number } | null;

/**
 * Ctrl/Cmd+Shift+C clips the passage selected in the article. The key is left alone
 * when nothing in the article is selected, or while a dialog is open.
 */
export function useClipShortcut(read: () => Range, clip: (range: Range) => Promise<boolean>): void {
  const latest = useRef({ read, clip });
  latest.current = { read, clip };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.code !== 'KeyC') return;
      if (document.querySelector('dialog[open]')) return;
      const range = latest.current.read();
      if (!range) return;
      event.preventDefault();
      void latest.current.clip(range);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
