import { $isListNode, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ORDERED_LIST, UNORDERED_LIST } from '@lexical/markdown';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  type EditorState,
  type LexicalNode,
} from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import './NoteEditor.css';

interface NoteEditorProps {
  /** The saved note (serialised Lexical state), or '' for none. */
  json: string;
  /** The note's plain text, used when the saved state cannot be read. */
  text: string;
  onChange(json: string, text: string): void;
}

const THEME = {
  paragraph: 'NoteEditor-paragraph',
  text: { bold: 'NoteEditor-bold', italic: 'NoteEditor-italic' },
  list: { ul: 'NoteEditor-ul', ol: 'NoteEditor-ol', listitem: 'NoteEditor-item', nested: { listitem: 'NoteEditor-nested' } },
};

/** Reads the saved note; a note that does not parse keeps its text as one paragraph rather than vanish. */
function initialState(json: string, text: string): InitialConfigType['editorState'] {
  if (json) {
    try {
      if (JSON.parse(json)?.root) return json;
    } catch {
      // Falls through to the plain text.
    }
  }
  if (!text) return undefined;
  return () => {
    const paragraph = $createParagraphNode();
    paragraph.append($createTextNode(text));
    $getRoot().append(paragraph);
  };
}

/** A clip's note: rich text with bold, italic and lists (Lexical). Saves through onChange. */
export function NoteEditor({ json, text, onChange }: NoteEditorProps) {
  const labelId = useId();
  const last = useRef(json);
  const config: InitialConfigType = {
    namespace: 'ClipNote',
    nodes: [ListNode, ListItemNode],
    theme: THEME,
    editorState: initialState(json, text),
    onError: (error) => console.error(error),
  };

  const changed = (state: EditorState) => {
    const nextJson = JSON.stringify(state.toJSON());
    if (nextJson === last.current) return;
    last.current = nextJson;
    onChange(nextJson, state.read(() => $getRoot().getTextContent()));
  };

  return (
    <div className="Field ClipPanel-field NoteEditor">
      <span id={labelId} className="Field-label">
        Note
      </span>
      <LexicalComposer initialConfig={config}>
        <Toolbar />
        <div className="NoteEditor-frame">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="NoteEditor-input"
                aria-labelledby={labelId}
                aria-placeholder="Context, doubts, what to check…"
                placeholder={<div className="NoteEditor-placeholder">Context, doubts, what to check…</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <MarkdownShortcutPlugin transformers={[UNORDERED_LIST, ORDERED_LIST]} />
        <OnChangePlugin ignoreSelectionChange onChange={changed} />
      </LexicalComposer>
    </div>
  );
}

const inList = (node: LexicalNode) => $findMatchingParent(node, $isListNode) !== null;

/** Bold, italic and bulleted list; Ctrl/Cmd+B, Ctrl/Cmd+I and Ctrl/Cmd+Shift+8 do the same. */
function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState({ bold: false, italic: false, list: false });

  useEffect(() => {
    const toggleList = () => {
      const selection = $getSelection();
      const listed = $isRangeSelection(selection) && inList(selection.anchor.getNode());
      editor.dispatchCommand(listed ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          setFormat({ bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), list: inList(selection.anchor.getNode()) });
        }),
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.code !== 'Digit8') return false;
          event.preventDefault();
          toggleList();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  const listCommand = () =>
    editor.update(() => {
      const selection = $getSelection();
      const listed = $isRangeSelection(selection) && inList(selection.anchor.getNode());
      editor.dispatchCommand(listed ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    });

  return (
    <div className="NoteEditor-toolbar" role="group" aria-label="Note formatting">
      <button
        type="button"
        className="NoteEditor-tool is-bold"
        aria-label="Bold"
        title="Bold (Ctrl+B)"
        aria-pressed={format.bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        B
      </button>
      <button
        type="button"
        className="NoteEditor-tool is-italic"
        aria-label="Italic"
        title="Italic (Ctrl+I)"
        aria-pressed={format.italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        I
      </button>
      <button
        type="button"
        className="NoteEditor-tool"
        aria-label="Bulleted list"
        title="Bulleted list (Ctrl+Shift+8, or type “- ”)"
        aria-pressed={format.list}
        onClick={listCommand}
      >
        ••
      </button>
    </div>
  );
}
