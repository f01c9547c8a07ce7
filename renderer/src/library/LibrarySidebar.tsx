import type { RefObject } from 'react';
import type { ArticleMeta, ArticleSort } from '../../../electron/common/model';
import { plural } from '../app/format';
import { ArticleList } from './ArticleList';
import { FilterBar } from './FilterBar';
import type { Direction } from './sorting';
import './LibrarySidebar.css';

export interface LibrarySidebarProps {
  articles: ArticleMeta[];
  loading: boolean;
  error: string | null;
  text: string;
  sort: ArticleSort;
  direction: Direction;
  selectedId: string | null;
  openId: string | null;
  view: 'reader' | 'trash';
  trashCount: number;
  filterRef: RefObject<HTMLInputElement | null>;
  onText(text: string): void;
  onSort(sort: ArticleSort, direction: Direction): void;
  onSelect(id: string): void;
  onOpen(id: string): void;
  onImport(): void;
  onShowTrash(): void;
}

/** The left pane: import, filter and sort, the article list, and the way to the trash. */
export function LibrarySidebar(props: LibrarySidebarProps) {
  const { articles, loading, error, text, view, trashCount } = props;
  return (
    <aside className="LibrarySidebar" aria-label="Library">
      <header className="LibrarySidebar-header">
        <span className="LibrarySidebar-brand">Dossier</span>
        <button
          type="button"
          className="Button is-primary"
          aria-keyshortcuts="Control+I Meta+I"
          title="Import articles (Ctrl+I)"
          onClick={props.onImport}
        >
          Import…
        </button>
      </header>
      <FilterBar
        text={text}
        sort={props.sort}
        direction={props.direction}
        onText={props.onText}
        onSort={props.onSort}
        filterRef={props.filterRef}
      />
      {error && (
        <p className="LibrarySidebar-message" role="alert">
          The list could not be loaded: {error}
        </p>
      )}
      {!error && !loading && articles.length === 0 && (
        <p className="LibrarySidebar-message">
          {text ? `No articles match “${text}”.` : 'No articles yet. Import some to start.'}
        </p>
      )}
      {articles.length > 0 && (
        <ArticleList
          articles={articles}
          selectedId={props.selectedId}
          openId={view === 'reader' ? props.openId : null}
          onSelect={props.onSelect}
          onOpen={props.onOpen}
        />
      )}
      <footer className="LibrarySidebar-footer">
        <span className="LibrarySidebar-count" role="status">
          {text ? `${plural(articles.length, 'match', 'matches')}` : plural(articles.length, 'article')}
        </span>
        <button
          type="button"
          className="Button is-plain"
          aria-current={view === 'trash' ? 'page' : undefined}
          onClick={props.onShowTrash}
        >
          Trash{trashCount > 0 ? ` (${trashCount})` : ''}
        </button>
      </footer>
    </aside>
  );
}
