import type { ReactNode } from 'react';
import type { ArticleMeta, GuessableField } from '../../../electron/common/model';
import { formatDateTime, plural } from '../app/format';

interface ArticleHeaderProps {
  article: ArticleMeta;
  onOpenLink(href: string): void;
  /** How many earlier texts the article has (after "Edit text"). */
  versions?: number;
}

/** Title and provenance: who published it, who wrote it, when, and where it came from. */
export function ArticleHeader({ article, onOpenLink, versions = 0 }: ArticleHeaderProps) {
  const guessed = (field: GuessableField, children: ReactNode) =>
    article.guessed.includes(field) ? (
      <span className="Reader-guessed" title="Guessed from the text: check it">
        {children}
      </span>
    ) : (
      children
    );

  const facts: { label: string; value: ReactNode }[] = [];
  if (article.outlet) facts.push({ label: 'Outlet', value: guessed('outlet', article.outlet) });
  if (article.authors.length > 0) facts.push({ label: 'By', value: guessed('authors', article.authors.join(', ')) });
  if (article.published) {
    facts.push({
      label: 'Published',
      value: guessed('published', <time dateTime={article.published}>{formatDateTime(article.published)}</time>),
    });
  }

  return (
    <header className="Reader-header">
      <h1 id="reader-title" className="Reader-title">{guessed('title', article.title || 'Untitled article')}</h1>
      {facts.length > 0 && (
        <dl className="Reader-facts">
          {facts.map((fact) => (
            <div key={fact.label} className="Reader-fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="Reader-provenance">
        Imported <time dateTime={article.importedAt}>{formatDateTime(article.importedAt)}</time>
        {article.fileName && <> from {article.fileName}</>}
        {versions > 0 && <> · Text edited ({plural(versions, 'previous version')} kept)</>}
        {/^https?:\/\//i.test(article.url) && (
          <>
            {' · '}
            <a
              href={article.url}
              title={article.url}
              className="Reader-link"
              onClick={(event) => {
                event.preventDefault();
                onOpenLink(article.url);
              }}
            >
              Open the original
            </a>
          </>
        )}
      </p>
    </header>
  );
}
