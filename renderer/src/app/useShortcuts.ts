import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  importArticles(): void;
  focusFilter(): void;
  trashSelected(): void;
  undo(): boolean;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Delete acts on the selected article only from the list, the text, or nothing focused: not from a button. */
function onArticle(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target === document.body) return true;
  return target.closest('.ArticleList, .Reader-scroll') !== null && !target.closest('button, a');
}

/**
 * Window-wide keys: Ctrl/Cmd+I import, Ctrl/Cmd+F filter, Delete to trash, Ctrl/Cmd+Z undo.
 * Keys that edit text keep their usual meaning inside fields and dialogs.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const inDialog = document.querySelector('dialog[open]') !== null;
      const editing = isEditable(event.target);
      if (inDialog || event.altKey) return;

      if (mod && !event.shiftKey && key === 'i') {
        event.preventDefault();
        h.importArticles();
      } else if (mod && !event.shiftKey && key === 'f') {
        event.preventDefault();
        h.focusFilter();
      } else if (!editing && onArticle(event.target) && (key === 'delete' || (event.metaKey && key === 'backspace'))) {
        event.preventDefault();
        h.trashSelected();
      } else if (!editing && mod && !event.shiftKey && key === 'z') {
        if (h.undo()) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
