import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { formatDate } from '../app/format';
import './ArticleList.css';

interface ArticleListProps {
  articles: ArticleMeta[];
  selectedId: string | null;
  openId: string | null;
  onSelect(id: string): void;
  onOpen(id: string): void;
}

const optionId = (id: string) => `article-option-${id}`;

/**
 * The library as a listbox: arrow keys move the selection, Enter opens, a click does both.
 * Focus stays on the list itself (aria-activedescendant), so the list is one Tab stop.
 */
export function ArticleList({ articles, selectedId, openId, onSelect, onOpen }: ArticleListProps) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent) {
    if (articles.length === 0) return;
    const index = articles.findIndex((a) => a.id === selectedId);
    const move = (to: number) => {
      event.preventDefault();
      onSelect(articles[Math.max(0, Math.min(articles.length - 1, to))].id);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index < 0 ? 0 : index + 1);
      case 'ArrowUp':
        return move(index < 0 ? 0 : index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(articles.length - 1);
      case 'PageDown':
        return move(index + 10);
      case 'PageUp':
        return move(index - 10);
      case 'Enter':
      case ' ':
        if (selectedId) {
          event.preventDefault();
          onOpen(selectedId);
        }
    }
  }

  const active = articles.some((a) => a.id === selectedId) ? selectedId : null;
  return (
    <ul
      ref={listRef}
      className="ArticleList"
      role="listbox"
      aria-label="Articles"
      tabIndex={0}
      aria-activedescendant={active ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Arriving with Tab should show where you are (a click selects what it hits).
        const byKeyboard = event.currentTarget.matches(':focus-visible');
        if (byKeyboard && !active && articles.length > 0) onSelect(articles[0].id);
      }}
    >
      {articles.map((article) => (
        <li
          key={article.id}
          id={optionId(article.id)}
          role="option"
          aria-selected={article.id === active}
          className={`ArticleList-item${article.id === active ? ' is-selected' : ''}${
            article.id === openId ? ' is-open' : ''
          }`}
          onClick={() => {
            onSelect(article.id);
            onOpen(article.id);
          }}
        >
          <span className="ArticleList-title">{article.title || 'Untitled article'}</span>
          <span className="ArticleList-meta">
            {[article.outlet, formatDate(article.published)].filter(Boolean).join(' · ') || 'No outlet or date'}
            {article.guessed.length > 0 && <span className="ArticleList-badge"> · check details</span>}
          </span>
          {article.authors.length > 0 && <span className="ArticleList-authors">{article.authors.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
