import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useActorRegistry } from '../api/useActorRegistry';
import { useApi } from '../api/useApi';
import { useArticle } from '../api/useArticle';
import { useArticleClips } from '../api/useArticleClips';
import { useArticleSuggestions } from '../api/useSuggestions';
import { useNavigation } from '../app/navigation';
import { useToast } from '../app/Toasts';
import { ClipPanel } from '../clip-editor/ClipPanel';
import { ArticleActors } from './ArticleActors';
import { ArticleBody } from './ArticleBody';
import { ArticleClipList } from './ArticleClipList';
import { ArticleHeader } from './ArticleHeader';
import { clipLabel } from './clipLabels';
import { EditTextDialog } from './EditTextDialog';
import { GuessedNotice } from './GuessedNotice';
import { OrphanedClips } from './OrphanedClips';
import { ReaderSide, type SideTab } from './ReaderSide';
import type { HighlightLayer } from './Runs';
import { useClipShortcut } from './useClipShortcut';
import { useTextSelection } from './useTextSelection';
import { VerifyClipsDialog } from './VerifyClipsDialog';
// The reading face ships with the app: the same typography on every machine, offline.
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-serif-4/600-italic.css';
import './Reader.css';

interface ReaderProps {
  articleId: string;
  onEdit(article: ArticleMeta): void;
  onTrash(article: ArticleMeta): void;
}

/** The reading view of one article, with its clips highlighted and a column for the open clip. */
export function Reader({ articleId, onEdit, onTrash }: ReaderProps) {
  const api = useApi();
  const notify = useToast();
  const { place } = useNavigation();
  const { article, loading, error } = useArticle(articleId);
  const { clips } = useArticleClips(articleId);
  const registry = useActorRegistry();
  const suggestions = useArticleSuggestions(articleId);
  const [openClipId, setOpenClipId] = useState<string | null>(null);
  const [tab, setTab] = useState<SideTab>('clips');
  const [dialog, setDialog] = useState<'edit-text' | 'verify' | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const textLength = article?.content.text.length ?? 0;
  const { selection, read } = useTextSelection(bodyRef, pageRef, textLength);

  const openLink = useCallback(
    (href: string) => {
      api.shell.openExternal(href).catch((e) => notify({ message: errorMessage(e), tone: 'error' }));
    },
    [api, notify],
  );

  const openClip = useCallback((clipId: string) => {
    setOpenClipId(clipId);
    setTab('clips');
  }, []);

  // Another section asked to show a clip of this article (the Clips list, an actor's page...).
  useEffect(() => {
    if (place.section === 'library' && place.articleId === articleId && place.clipId) openClip(place.clipId);
  }, [place, articleId, openClip]);

  // Brings the open clip's highlight into view when it is off screen.
  useEffect(() => {
    if (!openClipId || !article) return;
    const mark = bodyRef.current?.querySelector(`mark[data-clip-id="${CSS.escape(openClipId)}"]`);
    mark?.scrollIntoView({ block: 'nearest' });
  }, [openClipId, article, clips]);

  const clip = useCallback(
    async (range: { start: number; end: number } | null) => {
      if (!range) return false;
      try {
        const created = await api.clips.create({ articleId, ...range });
        window.getSelection()?.removeAllRanges();
        openClip(created.id);
      } catch (e) {
        notify({ message: errorMessage(e), tone: 'error' });
      }
      return true;
    },
    [api, articleId, notify, openClip],
  );
  useClipShortcut(useCallback(() => read(), [read]), clip);

  const anchored = useMemo(() => clips.filter((c) => c.status === 'anchored'), [clips]);
  const orphaned = useMemo(() => clips.filter((c) => c.status === 'orphaned'), [clips]);
  const layer = useMemo<HighlightLayer>(
    () => ({
      highlights: anchored.map((c) => ({
        clipId: c.id,
        start: c.selectors.position.start,
        end: c.selectors.position.end,
        label: clipLabel(c, registry.byId),
      })),
      activeClipId: openClipId,
      onOpenClip: openClip,
    }),
    [anchored, registry.byId, openClipId, openClip],
  );

  if (error) {
    return (
      <div className="Reader-state" role="alert">
        <p>This article could not be opened: {error}</p>
      </div>
    );
  }
  if (!article) {
    return <div className="Reader-state">{loading ? 'Opening the article…' : null}</div>;
  }

  const confirm = () =>
    api.articles.update(article.id, { confirmed: true }).then(
      () => notify({ message: 'Details confirmed.' }),
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );

  const clipsTab = openClipId ? (
    <ClipPanel
      key={openClipId}
      clipId={openClipId}
      article={article}
      registry={registry}
      suggestions={suggestions.suggestions}
      onClose={() => setOpenClipId(null)}
      onRestored={openClip}
    />
  ) : (
    <ArticleClipList clips={clips} byId={registry.byId} onOpenClip={openClip} />
  );

  return (
    <article className="Reader" aria-labelledby="reader-title">
      <div className="Reader-toolbar">
        <button type="button" className="Button is-plain" onClick={() => onEdit(article)}>
          Edit details
        </button>
        <button type="button" className="Button is-plain" onClick={() => setDialog('edit-text')}>
          Edit text
        </button>
        <button type="button" className="Button is-plain" disabled={clips.length === 0} onClick={() => setDialog('verify')}>
          Verify clips
        </button>
        <button type="button" className="Button is-plain" onClick={() => onTrash(article)}>
          Move to trash
        </button>
      </div>
      <div className="Reader-columns">
        {/* Focusable so keyboard users can scroll the text even when it holds no link or button. */}
        <div className="Reader-scroll" ref={pageRef} tabIndex={0} role="region" aria-label={`Text of ${article.title}`}>
          <div className="Reader-page">
            <GuessedNotice guessed={article.guessed} onConfirm={confirm} onEdit={() => onEdit(article)} />
            <ArticleHeader article={article} onOpenLink={openLink} versions={article.content.versions.length} />
            <OrphanedClips clips={orphaned} onOpenClip={openClip} />
            <ArticleBody ref={bodyRef} content={article.content} onOpenLink={openLink} layer={layer} />
          </div>
          {selection && (
            <button
              type="button"
              className="Button is-primary Reader-clipButton"
              style={{ top: selection.top, left: selection.left }}
              aria-keyshortcuts="Control+Shift+C"
              title="Clip the selected passage (Ctrl+Shift+C)"
              // Keeps the selection: the click clips what is selected.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void clip(read() ?? selection)}
            >
              Clip
            </button>
          )}
        </div>
        <ReaderSide
          tab={tab}
          onTab={setTab}
          clipCount={clips.length}
          clips={clipsTab}
          actors={<ArticleActors state={suggestions} registry={registry} />}
        />
      </div>
      {dialog === 'edit-text' && <EditTextDialog article={article} onClose={() => setDialog(null)} />}
      {dialog === 'verify' && <VerifyClipsDialog clips={clips} onClose={() => setDialog(null)} />}
    </article>
  );
}
