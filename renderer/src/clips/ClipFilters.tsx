import { useId } from 'react';
import type { Actor, ArticleMeta } from '../../../electron/common/model';
import { hasFilters, NO_FILTERS, type ClipFilterValues } from './clipFilters';
import './ClipFilters.css';

interface ClipFiltersProps {
  values: ClipFilterValues;
  actors: Actor[];
  tags: string[];
  articles: ArticleMeta[];
  onChange(values: ClipFilterValues): void;
}

/** The filters above the clip list: actor, speaker, tag, article, date range and status. */
export function ClipFilters({ values, actors, tags, articles, onChange }: ClipFiltersProps) {
  const id = useId();
  const set = (patch: Partial<ClipFilterValues>) => onChange({ ...values, ...patch });
  const actorOptions = actors.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name}
    </option>
  ));
  return (
    <form className="ClipFilters" role="search" aria-label="Filter clips" onSubmit={(e) => e.preventDefault()}>
      <div className="ClipFilters-field">
        <label htmlFor={`${id}-actor`}>Actor</label>
        <select id={`${id}-actor`} className="Input" value={values.actorId} title="Clips said by or about this actor" onChange={(e) => set({ actorId: e.target.value })}>
          <option value="">Any actor</option>
          {actorOptions}
        </select>
      </div>
      <div className="ClipFilters-field">
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <select id={`${id}-speaker`} className="Input" value={values.speakerId} onChange={(e) => set({ speakerId: e.target.value })}>
          <option value="">Any speaker</option>
          {actorOptions}
        </select>
      </div>
      <div className="ClipFilters-field">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select id={`${id}-tag`} className="Input" value={values.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="ClipFilters-field is-wide">
        <label htmlFor={`${id}-article`}>Article</label>
        <select id={`${id}-article`} className="Input" value={values.articleId} onChange={(e) => set({ articleId: e.target.value })}>
          <option value="">Any article</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title || 'Untitled article'}
            </option>
          ))}
        </select>
      </div>
      <div className="ClipFilters-field is-date">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" className="Input" value={values.from} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="ClipFilters-field is-date">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" className="Input" value={values.to} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <div className="ClipFilters-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          className="Input"
          value={values.status}
          onChange={(e) => set({ status: e.target.value as ClipFilterValues['status'] })}
        >
          <option value="">Any status</option>
          <option value="anchored">Anchored</option>
          <option value="orphaned">Orphaned</option>
        </select>
      </div>
      <button type="button" className="Button is-plain ClipFilters-clear" disabled={!hasFilters(values)} onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </form>
  );
}
