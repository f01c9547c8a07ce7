import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { $insertClip } from './insertClip';

/** The drag data a clip carries from the clips panel: its id. */
export const CLIP_DRAG_TYPE = 'application/x-dossier-clip';

/** Inserts a clip block at the caret (or, with no caret, at the end of the briefing). */
export const INSERT_CLIP_COMMAND: LexicalCommand<string> = createCommand('INSERT_CLIP_COMMAND');

function carriesClip(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(CLIP_DRAG_TYPE) ?? false;
}

/** The caret at a point of the window, as the browser reports it. */
function domCaretAt(x: number, y: number): { node: Node; offset: number } | null {
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Moves the selection to where a clip was dropped; a drop beside a block lands after it. */
function $selectDropPoint(event: DragEvent, editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const caret = domCaretAt(event.clientX, event.clientY);
  if (!caret || !root?.contains(caret.node)) {
    $getRoot().selectEnd();
    return;
  }
  const node = $getNearestNodeFromDOMNode(caret.node);
  if (!node) return;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), caret.offset, 'text');
    selection.focus.set(node.getKey(), caret.offset, 'text');
  } else if ($isElementNode(node) && !$isDecoratorNode(node) && node.getParent()) {
    const offset = Math.min(caret.offset, node.getChildrenSize());
    selection.anchor.set(node.getKey(), offset, 'element');
    selection.focus.set(node.getKey(), offset, 'element');
  } else {
    // Beside a block such as a clip: before it in its top half, after it in its bottom half.
    const parent = node.getParent() ?? $getRoot();
    const rect = editor.getElementByKey(node.getKey())?.getBoundingClientRect();
    const before = rect ? event.clientY < rect.top + rect.height / 2 : false;
    const offset = node.getParent() ? node.getIndexWithinParent() + (before ? 0 : 1) : parent.getChildrenSize();
    selection.anchor.set(parent.getKey(), offset, 'element');
    selection.focus.set(parent.getKey(), offset, 'element');
  }
  $setSelection(selection);
}

/** Clip blocks come in by INSERT_CLIP_COMMAND (the Insert buttons) or by dropping a clip. */
export function ClipInsertPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_CLIP_COMMAND,
          (clipId) => {
            $insertClip(clipId);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesClip(event)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!carriesClip(event)) return false;
            event.preventDefault();
            const clipId = event.dataTransfer?.getData(CLIP_DRAG_TYPE);
            if (!clipId) return true;
            $selectDropPoint(event, editor);
            $insertClip(clipId);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
