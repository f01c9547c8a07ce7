import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useMemo, useRef, useState } from 'react';
import { isSafeUrl } from '../../../electron/common/briefing-doc';
import type { Briefing } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useBriefing } from '../api/useBriefing';
import { BriefingHeader } from './BriefingHeader';
import { ClipsPanel } from './ClipsPanel';
import { EditorErrorBoundary } from './EditorErrorBoundary';
import { AutosavePlugin } from './editor/AutosavePlugin';
import type { SaveStatus } from './editor/autosave';
import { ClipInsertPlugin } from './editor/ClipInsertPlugin';
import { readBody } from './editor/readBody';
import { briefingTheme } from './editor/theme';
import { Toolbar } from './editor/Toolbar';
import { BRIEFING_NODES } from './nodes';
import { ClipViewsProvider } from './nodes/ClipViewsContext';
import type { BriefingActions } from './useBriefingActions';
import './BriefingEditor.css';

interface BriefingEditorProps {
  id: string;
  actions: BriefingActions;
}

/** Opens a briefing, then shows it in the editor. */
export function BriefingEditor({ id, actions }: BriefingEditorProps) {
  const { briefing, loading, error } = useBriefing(id);
  const body = useMemo(() => (briefing ? readBody(briefing.body) : null), [briefing]);
  if (error) {
    return (
      <p className="BriefingEditor-state" role="alert">
        This briefing could not be opened: {error}
      </p>
    );
  }
  if (loading || !briefing || !body) return <p className="BriefingEditor-state">Opening the briefing…</p>;
  if (!body.readable) {
    return (
      <div className="BriefingEditor-state" role="alert">
        <p>
          This briefing's text could not be opened, and it has not been changed. It may hold content from a newer
          version of Dossier, or the file may be damaged.
        </p>
        <p className="BriefingEditor-detail">{body.reason}</p>
      </div>
    );
  }
  return (
    <EditorErrorBoundary>
      <OpenBriefing briefing={briefing} initialState={body.state} actions={actions} />
    </EditorErrorBoundary>
  );
}

type Flush = () => Promise<void>;

interface OpenBriefingProps {
  briefing: Briefing;
  initialState: string | undefined;
  actions: BriefingActions;
}

function OpenBriefing({ briefing, initialState, actions }: OpenBriefingProps) {
  const api = useApi();
  const [bodyStatus, setBodyStatus] = useState<SaveStatus>({ state: 'saved' });
  const [bodyError, setBodyError] = useState<string | null>(null);
  const flushBody = useRef<Flush | null>(null);
  const flushMeta = useRef<Flush | null>(null);
  const flush = useCallback(async () => {
    await Promise.all([flushBody.current?.(), flushMeta.current?.()]);
  }, []);

  const initialConfig = useMemo(
    () => ({
      namespace: 'dossier-briefing',
      nodes: BRIEFING_NODES,
      theme: briefingTheme,
      editorState: initialState,
      onError: (error: Error) => setBodyError(error.message),
    }),
    [initialState],
  );
  const saveBody = useCallback((body: string) => api.briefings.update(briefing.id, { body }), [api, briefing.id]);

  return (
    <div className="BriefingEditor">
      <LexicalComposer initialConfig={initialConfig}>
        <ClipViewsProvider>
          <BriefingHeader
            briefing={briefing}
            bodyStatus={bodyStatus}
            flushRef={flushMeta}
            flushAll={flush}
            actions={actions}
          />
          {bodyError && (
            <p className="BriefingEditor-error" role="alert">
              Something went wrong in the editor: {bodyError}
            </p>
          )}
          <div className="BriefingEditor-workspace">
            <div className="BriefingEditor-document">
              <Toolbar />
              <div className="BriefingEditor-scroll">
                <div className="BriefingEditor-page">
                  <RichTextPlugin
                    contentEditable={
                      <ContentEditable
                        className="BriefingText"
                        aria-label="Briefing text"
                        aria-placeholder="Write your briefing here, and insert clips from the panel on the right."
                        placeholder={
                          <div className="BriefingText-placeholder">
                            Write your briefing here, and insert clips from the panel on the right.
                          </div>
                        }
                      />
                    }
                    ErrorBoundary={LexicalErrorBoundary}
                  />
                </div>
              </div>
            </div>
            <ClipsPanel />
          </div>
        </ClipViewsProvider>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <ClipInsertPlugin />
        <AutosavePlugin
          savedBody={briefing.body}
          save={saveBody}
          onStatus={setBodyStatus}
          describeError={(e) => `The text could not be saved: ${errorMessage(e)}`}
          flushRef={flushBody}
        />
      </LexicalComposer>
    </div>
  );
}
