import type { RefObject } from 'react';
import type { ArticleSort } from '../../../electron/common/model';
import { SORT_LABELS, defaultDirection, directionLabel, type Direction } from './sorting';
import './FilterBar.css';

interface FilterBarProps {
  text: string;
  sort: ArticleSort;
  direction: Direction;
  onText(text: string): void;
  onSort(sort: ArticleSort, direction: Direction): void;
  filterRef: RefObject<HTMLInputElement | null>;
}

/** The filter box and the sort order above the article list. */
export function FilterBar({ text, sort, direction, onText, onSort, filterRef }: FilterBarProps) {
  return (
    <div className="FilterBar">
      <input
        ref={filterRef}
        type="search"
        className="Input FilterBar-filter"
        aria-label="Filter articles"
        placeholder="Filter articles"
        value={text}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            onText('');
          }
        }}
      />
      <div className="FilterBar-sort">
        <label className="FilterBar-label" htmlFor="sort-by">
          Sort by
        </label>
        <select
          id="sort-by"
          className="Input FilterBar-select"
          value={sort}
          onChange={(event) => {
            const next = event.target.value as ArticleSort;
            onSort(next, defaultDirection(next));
          }}
        >
          {(Object.keys(SORT_LABELS) as ArticleSort[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="Button is-plain FilterBar-direction"
          title="Reverse the order"
          onClick={() => onSort(sort, direction === 'asc' ? 'desc' : 'asc')}
        >
          {directionLabel(sort, direction)}
        </button>
      </div>
    </div>
  );
}
