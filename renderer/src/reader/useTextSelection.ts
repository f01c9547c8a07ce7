import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionOffsets } from './selection';

/** A passage selected in the article, and where to show the Clip button beside it. */
export interface TextSelection {
  start: number;
  end: number;
  /** Position in the scrolling page (px), just below the end of the selection. */
  top: number;
  left: number;
}

/**
 * Follows the user's selection in the article body. The position is only offered once the
 * mouse button is up, so the Clip button never appears under a pointer still dragging.
 */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  pageRef: RefObject<HTMLElement | null>,
  textLength: number,
): { selection: TextSelection | null; read(): { start: number; end: number } | null } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pointerDown = useRef(false);

  const read = useCallback(() => {
    const body = bodyRef.current;
    return body ? selectionOffsets(body, window.getSelection(), textLength) : null;
  }, [bodyRef, textLength]);

  const update = useCallback(() => {
    const offsets = read();
    const page = pageRef.current;
    const dom = window.getSelection();
    if (!offsets || !page || pointerDown.current || !dom || dom.rangeCount === 0) {
      setSelection(null);
      return;
    }
    const rects = [...dom.getRangeAt(0).getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    const last = rects.at(-1);
    if (!last) return setSelection(null);
    const frame = page.getBoundingClientRect();
    setSelection({
      ...offsets,
      top: last.bottom - frame.top + page.scrollTop + 6,
      left: Math.max(8, Math.min(last.right - frame.left + page.scrollLeft - 24, page.clientWidth - 96)),
    });
  }, [read, pageRef]);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pointerDown.current = true;
      // A click on the Clip button itself must not hide it before it is clicked.
      if (!(event.target instanceof Element && event.target.closest('.Reader-clipButton'))) setSelection(null);
    };
    const up = () => {
      pointerDown.current = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
    };
  }, [update]);

  return { selection, read };
}
