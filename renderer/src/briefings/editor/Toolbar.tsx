import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { $readSelectionFormat, $setBlockKind, NO_FORMAT, type BlockKind, type SelectionFormat } from './blocks';
import { LinkDialog } from './LinkDialog';
import './Toolbar.css';

interface ToolProps {
  label: string;
  shortcut?: { keys: string; aria: string };
  pressed?: boolean;
  disabled?: boolean;
  onPress(): void;
  children: ReactNode;
}

function Tool({ label, shortcut, pressed, disabled, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      className="Toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.aria}
      title={shortcut ? `${label} (${shortcut.keys})` : label}
      disabled={disabled}
      // Keep the caret in the text: the button acts on the editor's selection.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

const BLOCKS: { kind: BlockKind; label: string; icon: string }[] = [
  { kind: 'paragraph', label: 'Paragraph', icon: '¶' },
  { kind: 'h2', label: 'Heading 2', icon: 'H2' },
  { kind: 'h3', label: 'Heading 3', icon: 'H3' },
  { kind: 'quote', label: 'Quote', icon: '❝' },
];

/** Arrow keys move along the toolbar; Tab leaves it (one tab stop per toolbar is not enforced). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length].focus();
}

/** Block kinds, text formats, lists, link, undo and redo, each showing whether it applies. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<SelectionFormat>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linking, setLinking] = useState(false);
  const openLink = useRef(() => {});
  openLink.current = () => {
    if (editor.read(() => $readSelectionFormat().link)) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    else setLinking(true);
  };

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => setFormat(editorState.read($readSelectionFormat))),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const mod = event.ctrlKey || event.metaKey;
            if (!mod || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'k') return false;
            event.preventDefault();
            openLink.current();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const setBlock = (kind: BlockKind) => editor.update(() => $setBlockKind(kind));
  const toggleList = (type: 'bullet' | 'number') => {
    if (format.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };
  const addLink = (url: string) => {
    setLinking(false);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (selection.isCollapsed()) selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
    });
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    editor.focus();
  };

  return (
    <div className="Toolbar" role="toolbar" aria-label="Formatting" onKeyDown={moveFocus}>
      <div className="Toolbar-group">
        {BLOCKS.map(({ kind, label, icon }) => (
          <Tool key={kind} label={label} pressed={format.block === kind} onPress={() => setBlock(kind)}>
            {icon}
          </Tool>
        ))}
      </div>
      <div className="Toolbar-group">
        <Tool label="Bold" shortcut={{ keys: 'Ctrl+B', aria: 'Control+B' }} pressed={format.bold} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
          <b>B</b>
        </Tool>
        <Tool label="Italic" shortcut={{ keys: 'Ctrl+I', aria: 'Control+I' }} pressed={format.italic} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
          <i>I</i>
        </Tool>
        <Tool label="Underline" shortcut={{ keys: 'Ctrl+U', aria: 'Control+U' }} pressed={format.underline} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}>
          <u>U</u>
        </Tool>
      </div>
      <div className="Toolbar-group">
        <Tool label="Bulleted list" pressed={format.block === 'bullet'} onPress={() => toggleList('bullet')}>
          •≡
        </Tool>
        <Tool label="Numbered list" pressed={format.block === 'number'} onPress={() => toggleList('number')}>
          1≡
        </Tool>
        <Tool label="Link" shortcut={{ keys: 'Ctrl+K', aria: 'Control+K' }} pressed={format.link} onPress={() => openLink.current()}>
          Link
        </Tool>
      </div>
      <div className="Toolbar-group">
        <Tool label="Undo" shortcut={{ keys: 'Ctrl+Z', aria: 'Control+Z' }} disabled={!canUndo} onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          ↶
        </Tool>
        <Tool label="Redo" shortcut={{ keys: 'Ctrl+Y', aria: 'Control+Y Control+Shift+Z' }} disabled={!canRedo} onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          ↷
        </Tool>
      </div>
      {linking && (
        <LinkDialog
          onLink={addLink}
          onClose={() => {
            setLinking(false);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}
