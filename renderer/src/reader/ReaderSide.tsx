import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './ReaderSide.css';

export type SideTab = 'clips' | 'actors';

interface ReaderSideProps {
  tab: SideTab;
  onTab(tab: SideTab): void;
  clipCount: number;
  clips: ReactNode;
  actors: ReactNode;
}

/** The column beside the text: the article's clips (or the open clip) and the actors in it. */
export function ReaderSide({ tab, onTab, clipCount, clips, actors }: ReaderSideProps) {
  const id = useId();
  const tabs: { key: SideTab; label: string }[] = [
    { key: 'clips', label: clipCount ? `Clips (${clipCount})` : 'Clips' },
    { key: 'actors', label: 'Actors in this article' },
  ];
  const refs = useRef<Record<SideTab, HTMLButtonElement | null>>({ clips: null, actors: null });

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'clips' ? 'actors' : 'clips';
    onTab(next);
    refs.current[next]?.focus();
  };

  return (
    <div
      className="ReaderSide"
      // Delete means "move the article to the trash" in the library; never from inside a clip's fields.
      onKeyDown={(event) => {
        if (event.key === 'Delete' || event.key === 'Backspace') event.stopPropagation();
      }}
    >
      <div className="ReaderSide-tabs" role="tablist" aria-label="Beside the article" onKeyDown={onKeyDown}>
        {tabs.map(({ key, label }) => (
          <button
            key={key}
            ref={(el) => {
              refs.current[key] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${key}-tab`}
            className="ReaderSide-tab"
            aria-selected={tab === key}
            aria-controls={`${id}-${key}-panel`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => onTab(key)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        className="ReaderSide-panel"
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}-tab`}
      >
        {tab === 'clips' ? clips : actors}
      </div>
    </div>
  );
}
