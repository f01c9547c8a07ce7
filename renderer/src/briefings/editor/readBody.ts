import { createEditor } from 'lexical';
import { parseBriefingBody } from '../../../../electron/common/briefing-doc';
import { BRIEFING_NODES } from '../nodes';
import { briefingTheme } from './theme';

export type ReadBody =
  /** `state` is undefined for an empty body: the editor starts it with one paragraph. */
  | { readable: true; state: string | undefined }
  | { readable: false; reason: string };

/**
 * Checks that the editor can open a stored body before it is shown. Lexical reports a
 * body it cannot read through onError and opens an empty document instead, which the
 * first keystroke would then save over the original.
 */
export function readBody(body: string): ReadBody {
  try {
    if (!parseBriefingBody(body).root.children?.length) return { readable: true, state: undefined };
    let failure: Error | null = null;
    const editor = createEditor({
      namespace: 'dossier-briefing-check',
      nodes: BRIEFING_NODES,
      theme: briefingTheme,
      onError: (error) => {
        failure = error;
      },
    });
    editor.parseEditorState(body);
    if (failure) throw failure;
    return { readable: true, state: body };
  } catch (error) {
    return { readable: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
