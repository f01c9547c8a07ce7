import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppCommand, ArticleMeta, ArticleSort } from '../../../electron/common/model';
import { useLibraryEvent } from '../api/useApi';
import { useArticles } from '../api/useArticles';
import { useLibraryInfo } from '../api/useLibraryInfo';
import { DropZone } from '../import/DropZone';
import { ImportDialog, type ImportStart } from '../import/ImportDialog';
import type { Picked } from '../import/collectFiles';
import { useImportJob } from '../import/useImportJob';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { MetadataDialog } from '../library/MetadataDialog';
import { TrashView } from '../library/TrashView';
import type { Direction } from '../library/sorting';
import { Reader } from '../reader/Reader';
import { EmptyReader } from './EmptyReader';
import { useNavigation } from './navigation';
import { useToast } from './Toasts';
import { useDebounced } from './useDebounced';
import { useShortcuts } from './useShortcuts';
import { useTrashWithUndo } from './useTrashWithUndo';
import { WarningBanner } from './WarningBanner';
import './Workbench.css';

/** The main window: the library on the left, the reader (or the trash) on the right. */
export function Workbench() {
  const notify = useToast();
  const [view, setView] = useState<'reader' | 'trash'>('reader');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ sort: ArticleSort; direction: Direction }>({
    sort: 'published',
    direction: 'desc',
  });
  const query = { text: useDebounced(text, 120), ...sort };
  const { articles, loading, error } = useArticles(query);
  const library = useLibraryInfo();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ArticleMeta | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [importStart, setImportStart] = useState<ImportStart>(null);
  // Read when a long import ends, after the user may have closed the dialog.
  const importOpenRef = useRef(false);
  importOpenRef.current = importOpen;
  const importJob = useImportJob();
  const filterRef = useRef<HTMLInputElement>(null);

  const open = useCallback((id: string) => {
    setSelectedId(id);
    setOpenId(id);
    setView('reader');
  }, []);

  // Another section asked to show an article (a clip's source, an actor's quote...).
  const { place } = useNavigation();
  useEffect(() => {
    if (place.section === 'library' && place.articleId) open(place.articleId);
  }, [place, open]);

  const startImportRef = useRef<(start: ImportStart) => void>(() => {});
  const trashing = useTrashWithUndo(useCallback((ids: string[]) => open(ids[0]), [open]));

  const trash = async (article: ArticleMeta) => {
    const index = articles.findIndex((a) => a.id === article.id);
    const neighbour = articles[index + 1] ?? articles[index - 1] ?? null;
    if (!(await trashing.trash([article]))) return;
    setSelectedId(neighbour?.id ?? null);
    if (openId === article.id) setOpenId(neighbour?.id ?? null);
  };

  const startImport = (start: ImportStart = null) => {
    importJob.reset();
    setImportStart(start);
    setImportOpen(true);
  };

  // The application menu's import commands (File > Import Files…, and so on).
  useLibraryEvent(
    'app:command',
    useCallback(({ command }: { command: AppCommand }) => {
      if (document.querySelector('dialog[open]:not(.ImportDialog)')) return;
      startImportRef.current(command === 'import-files' ? 'files' : command === 'import-folder' ? 'folder' : 'paste');
    }, []),
  );

  const afterImport = (report: Awaited<ReturnType<typeof importJob.importFiles>>) => {
    if (!report) {
      notify({ message: 'An import is already running; wait for it to finish.', tone: 'error' });
      return;
    }
    const first = report.outcomes.find((o) => o.status === 'imported');
    if (first?.status === 'imported') setSelectedId(first.article.id);
    if (!importOpenRef.current) {
      notify({
        message: `Import finished: ${report.imported} imported, ${report.duplicates} duplicates, ${report.failed} failed.`,
        action: { label: 'Show details', run: () => setImportOpen(true) },
      });
    }
  };

  startImportRef.current = startImport;

  const importFiles = (picked: Picked) => importJob.importFiles(picked).then(afterImport);

  const onDrop = (read: () => Promise<Picked>) => {
    setImportStart(null);
    setImportOpen(true);
    read().then(importFiles, () => notify({ message: 'The dropped files could not be read.', tone: 'error' }));
  };

  useShortcuts({
    importArticles: () => startImport(),
    focusFilter: () => filterRef.current?.focus(),
    trashSelected: () => {
      const article = articles.find((a) => a.id === selectedId);
      if (article && view === 'reader') void trash(article);
    },
    undo: trashing.undo,
  });

  return (
    <div className="Workbench">
      <LibrarySidebar
        articles={articles}
        loading={loading}
        error={error}
        text={text}
        sort={sort.sort}
        direction={sort.direction}
        selectedId={selectedId}
        openId={openId}
        view={view}
        trashCount={library.info?.trashCount ?? 0}
        filterRef={filterRef}
        onText={setText}
        onSort={(s, direction) => setSort({ sort: s, direction })}
        onSelect={setSelectedId}
        onOpen={open}
        onImport={() => startImport()}
        onShowTrash={() => setView('trash')}
      />
      <main className="Workbench-main">
        <WarningBanner warnings={library.warnings} onDismiss={library.dismissWarning} />
        <div className="Workbench-content">
          {view === 'trash' ? (
            <TrashView />
          ) : openId ? (
            <Reader key={openId} articleId={openId} onEdit={setEditing} onTrash={trash} />
          ) : (
            <EmptyReader
              hasArticles={articles.length > 0 || !!text}
              libraryPath={library.info?.path}
              onImport={() => startImport()}
            />
          )}
        </div>
      </main>
      {editing && <MetadataDialog article={editing} onClose={() => setEditing(null)} />}
      {importOpen && (
        <ImportDialog
          job={importJob.job}
          start={importStart}
          onFiles={importFiles}
          onText={(pasted) => importJob.importText(pasted).then(afterImport)}
          onOpenArticle={(id) => {
            setImportOpen(false);
            open(id);
          }}
          onClose={() => setImportOpen(false)}
        />
      )}
      <DropZone onDrop={onDrop} />
    </div>
  );
}
