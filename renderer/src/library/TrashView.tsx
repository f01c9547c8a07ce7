import { useState } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useArticles } from '../api/useArticles';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { formatDate, formatDateTime, plural } from '../app/format';
import { useToast } from '../app/Toasts';
import './TrashView.css';

type Pending = { kind: 'one'; article: ArticleMeta } | { kind: 'all'; ids: string[] };

/** Deleted articles: restore them, or delete them for good after a confirmation. */
export function TrashView() {
  const api = useApi();
  const notify = useToast();
  const { articles, loading, error } = useArticles({ trash: true, sort: 'title', direction: 'asc' });
  const [pending, setPending] = useState<Pending | null>(null);

  const restore = (article: ArticleMeta) =>
    api.articles.restore([article.id]).then(
      () => notify({ message: `Restored “${article.title}”.` }),
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );

  const purge = (p: Pending) => {
    setPending(null);
    const ids = p.kind === 'one' ? [p.article.id] : p.ids;
    api.articles.purge(ids).then(
      () => notify({ message: `Deleted ${plural(ids.length, 'article')} forever.` }),
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );
  };

  return (
    <section className="TrashView" aria-labelledby="trash-title">
      <header className="TrashView-header">
        <h1 id="trash-title">Trash</h1>
        {articles.length > 0 && (
          <button
            type="button"
            className="Button is-danger"
            onClick={() => setPending({ kind: 'all', ids: articles.map((a) => a.id) })}
          >
            Empty trash
          </button>
        )}
      </header>
      <p className="TrashView-hint">Articles stay here until you restore them or delete them forever.</p>
      {error && <p role="alert">{error}</p>}
      {!loading && !error && articles.length === 0 && <p className="TrashView-empty">The trash is empty.</p>}
      {articles.length > 0 && (
        <ul className="TrashView-list" aria-label="Deleted articles">
          {articles.map((article) => (
            <li key={article.id} className="TrashView-item">
              <div className="TrashView-text">
                <span className="TrashView-title">{article.title || 'Untitled article'}</span>
                <span className="TrashView-meta">
                  {[article.outlet, formatDate(article.published)].filter(Boolean).join(' · ')}
                  {article.deletedAt && ` · deleted ${formatDateTime(article.deletedAt)}`}
                </span>
              </div>
              <button
                type="button"
                className="Button"
                aria-label={`Restore “${article.title}”`}
                onClick={() => restore(article)}
              >
                Restore
              </button>
              <button
                type="button"
                className="Button is-danger"
                aria-label={`Delete “${article.title}” forever`}
                onClick={() => setPending({ kind: 'one', article })}
              >
                Delete forever
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'one' ? 'Delete forever?' : 'Empty the trash?'}
          message={
            pending.kind === 'one'
              ? `“${pending.article.title}” will be deleted forever. This cannot be undone.`
              : `${plural(pending.ids.length, 'article')} will be deleted forever. This cannot be undone.`
          }
          confirmLabel="Delete forever"
          onConfirm={() => purge(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
