import type { PanelFilter } from './clipFilter';

interface ClipFilterFieldsProps {
  idPrefix: string;
  filter: PanelFilter;
  options: { tags: string[]; articles: [string, string][]; speakers: [string, string][] };
  onChange(filter: PanelFilter): void;
}

/** Text, speaker, tag and article filters, shared by the clips panel and the template dialog. */
export function ClipFilterFields({ idPrefix, filter, options, onChange }: ClipFilterFieldsProps) {
  const set = (patch: Partial<PanelFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="ClipFilterFields">
      <input
        id={`${idPrefix}-text`}
        className="Input ClipFilterFields-text"
        type="search"
        aria-label="Find clips"
        placeholder="Find in quotes, speakers, articles…"
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <select className="Input" aria-label="Speaker" value={filter.speakerId} onChange={(e) => set({ speakerId: e.target.value })}>
        <option value="">Any speaker</option>
        {options.speakers.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <select className="Input" aria-label="Tag" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="">Any tag</option>
        {options.tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <select className="Input ClipFilterFields-article" aria-label="Article" value={filter.articleId} onChange={(e) => set({ articleId: e.target.value })}>
        <option value="">Any article</option>
        {options.articles.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </select>
    </div>
  );
}
