import { useCallback } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useArticle } from '../api/useArticle';
import { useToast } from '../app/Toasts';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { GuessedNotice } from './GuessedNotice';
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

/** The reading view of one article. */
export function Reader({ articleId, onEdit, onTrash }: ReaderProps) {
  const api = useApi();
  const notify = useToast();
  const { article, loading, error } = useArticle(articleId);

  const openLink = useCallback(
    (href: string) => {
      api.shell.openExternal(href).catch((e) => notify({ message: errorMessage(e), tone: 'error' }));
    },
    [api, notify],
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

  return (
    <article className="Reader" aria-labelledby="reader-title">
      <div className="Reader-toolbar">
        <button type="button" className="Button is-plain" onClick={() => onEdit(article)}>
          Edit details
        </button>
        <button type="button" className="Button is-plain" onClick={() => onTrash(article)}>
          Move to trash
        </button>
      </div>
      <div className="Reader-page">
        <GuessedNotice guessed={article.guessed} onConfirm={confirm} onEdit={() => onEdit(article)} />
        <ArticleHeader article={article} onOpenLink={openLink} />
        <ArticleBody content={article.content} onOpenLink={openLink} />
      </div>
    </article>
  );
}
